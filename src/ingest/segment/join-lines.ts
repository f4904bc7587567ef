/**
 * Joins lines that PDF or Word extraction broke in the middle of a sentence or a word
 * ("…具有标准化工作基础和能力…已" / "承担过试点项目的单位…"), keeping lines that stand alone:
 * headings, field lines, dates, signatures, mastheads. The result is a mapped text whose every
 * logical line is one paragraph, title or field.
 */
import { createMappedText, type MappedText } from '../normalize/mapped-text.ts';
import { isHeadingLike, isOrgLine, splitLines, type Line, type LineKind } from './classify-line.ts';
import { TERMINAL, TITLE_END } from './patterns.ts';

const STANDALONE: ReadonlySet<LineKind> = new Set([
	'chrome',
	'masthead',
	'docNumber',
	'date',
	'closing',
	'attachmentHeading',
]);
const STARTS_ANEW: ReadonlySet<LineKind> = new Set([...STANDALONE, 'attachmentList', 'numbered', 'field']);

/** Marks the organisation lines that stand right above a date line: a signature. */
function signatureLines(lines: Line[]): Set<number> {
	const marked = new Set<number>();
	lines.forEach((line, i) => {
		if (line.kind !== 'date') return;
		for (let j = i - 1, seen = 0; j >= 0 && seen < 4; j--) {
			if (lines[j]!.kind === 'blank') continue;
			if (!isOrgLine(lines[j]!.text)) break;
			marked.add(j);
			seen++;
		}
	});
	return marked;
}

const BRACKET = /[（()）]/g;

/** Opening minus closing round brackets in a text. */
function bracketBalance(text: string): number {
	let balance = 0;
	BRACKET.lastIndex = 0;
	for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) balance += m[0] === '（' || m[0] === '(' ? 1 : -1;
	return balance;
}

// What decides whether a joined line runs on is its start (kind, numbering), its end (a full stop,
// a title's last word) and whether it is short (<= 80 characters); so a joined line keeps only
// this many characters at each end. Keeping the whole text made a 400 kB paragraph broken into
// 19,000 lines hold every prefix of itself (quadratic memory: the heap ran out).
const KEPT_EDGE = 100;

/** The text of `line` joined with `next`, cut to its first and last KEPT_EDGE characters. */
function joinedText(line: string, next: string): string {
	if (line.length + next.length <= 2 * KEPT_EDGE) return line + next;
	return line.slice(0, KEPT_EDGE) + (line.slice(-KEPT_EDGE) + next).slice(-KEPT_EDGE);
}

/** Whether line `next` continues line `line` (with `blank` empty lines between them). */
function continues(line: Line, next: Line, blank: number, inList: boolean, signature: Set<number>, i: number, k: number, balance: number): boolean {
	if (STANDALONE.has(line.kind)) return false;
	// An open bracket runs on into the next line even when that line looks like a field: "…卫生健" / "康专项）：周钧".
	if (next.kind === 'field' && balance > 0) return !STANDALONE.has(next.kind);
	if (STARTS_ANEW.has(next.kind)) return false;
	if (signature.has(i) || signature.has(k)) return false;
	const text = line.text.trim();
	if (TERMINAL.test(text)) return false;
	if (line.kind === 'field') return false;
	if (line.kind === 'numbered' && !inList && isHeadingLike(line)) return false;
	// The length first: TITLE_END, anchored at the end only, is tried at every offset of a line.
	if (!inList && text.length <= 80 && TITLE_END.test(text)) return false;
	if (isOrgLine(text) && /^关于/.test(next.text.trim())) return false;
	if (blank > 0 && text.length < 12) return false;
	return true;
}

/**
 * Joins broken lines; returns the mapped text with those line breaks (and blank lines between
 * them) removed.
 * @example joinLines(createMappedText('承担过试点\n\n项目的单位。')).text // '承担过试点项目的单位。'
 */
export function joinLines(input: MappedText): MappedText {
	const lines = splitLines(input.text);
	const signature = signatureLines(lines);
	const cut = new Uint8Array(input.text.length + 1); // 1 = drop this code unit
	let inList = false;
	let joined = false; // whether lines[i] is lines joined into one
	let balance = 0; // opening minus closing brackets of lines[i], joined or not
	let i = 0;
	while (i < lines.length) {
		const line = lines[i]!;
		if (line.kind === 'attachmentList') inList = true;
		else if (line.kind !== 'numbered' && line.kind !== 'blank') inList = inList && line.kind === 'text';
		let k = i + 1;
		while (k < lines.length && lines[k]!.kind === 'blank') k++;
		const next = lines[k];
		if (!joined) balance = bracketBalance(line.text);
		if (line.kind !== 'blank' && next && continues(line, next, k - i - 1, inList, signature, i, k, balance)) {
			for (let p = line.end; p < next.start; p++) cut[p] = 1;
			// The joined line takes the first line's kind for the next decision.
			balance += bracketBalance(next.text);
			lines[k] = { ...next, text: joinedText(line.text, next.text), kind: line.kind, numbering: line.numbering };
			if (signature.has(k)) signature.delete(k);
			joined = true;
		} else joined = false;
		i = k;
	}
	return dropMarked(input, cut);
}

/** The text without its marked code units, each kept unit with its source; copies runs, not units. */
function dropMarked(input: MappedText, cut: Uint8Array): MappedText {
	const { text } = input;
	const parts: string[] = [];
	const sources = new Int32Array(text.length + 1);
	let write = 0;
	let p = 0;
	while (p < text.length) {
		while (p < text.length && cut[p]) p++;
		const from = p;
		while (p < text.length && !cut[p]) p++;
		if (p === from) continue;
		parts.push(text.slice(from, p));
		sources.set(input.sources.subarray(from, p), write);
		write += p - from;
	}
	sources[write] = input.sources[text.length]!;
	return { text: parts.join(''), sources: sources.slice(0, write + 1) };
}

export { createMappedText };
