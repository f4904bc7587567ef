/**
 * The one sentence splitter: ingest's extractors, the comparator and the site cut Chinese text
 * into sentences here, and numbered items inlined after a colon (任务如下：（一）…) on their own.
 */
import { hasCode } from './chars.ts';
import { numberingOf } from './outline-number.ts';

/** A sentence of a text: trimmed, with its offset and the outline number it starts with. */
export interface Sentence {
	/** The sentence with its closing marks, trimmed. */
	text: string;
	/** Offset of `text` in the split text. */
	start: number;
	/** The outline number `text` starts with, as written (`（一）`, `1. `), null when none. */
	numbering: string | null;
}

// jsdiff's diffSentences only knows .!? (STACK-NOTES), so we cut Chinese text ourselves.
const STOPS = '。；！？';
// Marks inside （…）《…》“…” belong to the quote or aside: 见《办法。》和（注：略。）。 is one
// sentence. A quote or aside that itself ends a sentence (“好。” / （详见附件。）) ends the unit, a
// book title (《…》) never does.
const OPENERS = '（(“《【〔‘「';
const CLOSERS = '）)”》】〕’」';
const TITLE_CLOSER = '》'.charCodeAt(0);
// An item inlined after a colon (任务如下：（一）…) starts a unit of its own.
const COLONS = '：:';
const NEWLINE = 10;

/**
 * The sentences of a text, each with its closing marks, none empty; line breaks end one too.
 * @param text A paragraph.
 * @param stops The marks that end a sentence; extractors that read a sentence across its ；
 *   pass `。！？`.
 * @example sentencesOf('任务如下：（一）试点。').map((s) => [s.text, s.start, s.numbering])
 * // [['任务如下：', 0, null], ['（一）试点。', 5, '（一）']]
 */
export function sentencesOf(text: string, stops: string = STOPS): Sentence[] {
	const cuts = cutPoints(text, stops, true) ?? cutPoints(text, stops, false) ?? [];
	const sentences: Sentence[] = [];
	let from = 0;
	for (const to of [...cuts, text.length]) {
		const raw = text.slice(from, to);
		const sentence = raw.trim();
		if (sentence !== '') {
			const numbering = numberingOf(sentence)?.marker ?? null;
			sentences.push({ text: sentence, start: from + raw.length - raw.trimStart().length, numbering });
		}
		from = to;
	}
	return sentences;
}

/**
 * The sentences of a text as strings.
 * @param text A paragraph.
 * @example splitSentences('一是申报；二是推荐（详见附件。）。任务如下：（一）试点')
 * // ['一是申报；', '二是推荐（详见附件。）。', '任务如下：', '（一）试点']
 */
export function splitSentences(text: string): string[] {
	return sentencesOf(text).map((s) => s.text);
}

/**
 * Offsets where a sentence ends; null when `nested` is asked but the brackets do not balance.
 * Reads char codes (src/text/chars.ts): `text[i]` of a Han character allocates.
 */
function cutPoints(text: string, ends: string, nested: boolean): number[] | null {
	const cuts: number[] = [];
	let depth = 0;
	// Inside a run of end marks and closers (。”） ；）), which all stay with the sentence.
	let afterEnd = false;
	// Most of a notice is Han characters, which are no mark: they only end a run of end marks.
	const hanEnds = hasHan(ends);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!hanEnds && isHan(code)) {
			afterEnd = false;
			continue;
		}
		const closer = hasCode(CLOSERS, code);
		if (nested && hasCode(OPENERS, code)) depth++;
		else if (nested && closer) depth--;
		if (depth < 0) return null;
		afterEnd = hasCode(ends, code) || (afterEnd && closer && code !== TITLE_CLOSER);
		if (code === NEWLINE) cuts.push(i);
		else if (depth === 0 && afterEnd && !isTrailing(text, i + 1, ends)) cuts.push(i + 1);
		else if (depth === 0 && hasCode(COLONS, code) && numberingOf(text.slice(i + 1)) !== null) cuts.push(i + 1);
	}
	return depth === 0 ? cuts : null;
}

const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

function hasHan(chars: string): boolean {
	for (let k = 0; k < chars.length; k++) if (isHan(chars.charCodeAt(k))) return true;
	return false;
}

function isTrailing(text: string, i: number, ends: string): boolean {
	if (i >= text.length) return false;
	const code = text.charCodeAt(i);
	return hasCode(ends, code) || hasCode(CLOSERS, code);
}
