/**
 * Turns a PDF's lines back into the text's lines: a line that runs to the right margin and is
 * followed, at the usual spacing, by one at the left margin was wrapped there, so the two are one
 * line of text; a gap of two lines or more is a paragraph break, kept as an empty line.
 */
import type { PdfLine } from './pdf-lines.ts';

/**
 * A line ending within this many characters of the right margin reached it: a line may break
 * up to two characters early, as no line may start with a closing mark (，。）》) and a word
 * or number is not split.
 */
const AT_MARGIN = 3;
/** A line starting within this many characters of the left margin starts there (not indented). */
const AT_LEFT = 0.5;
/**
 * A gap between baselines over this many times the usual one ends a paragraph (space after it);
 * over BLANK_GAP times, the text had an empty line there.
 */
const BREAK_GAP = 1.15;
const BLANK_GAP = 1.8;

/** Line spacing is at most this many font sizes (GB/T 9704 sets 16 pt text 28.9 pt apart: 1.8). */
const MAX_LINE_SPACING = 2;

/**
 * The usual gap between the baselines of a paragraph's lines: the most frequent gap between
 * consecutive lines that is not wider than MAX_LINE_SPACING (wider ones hold empty lines).
 */
function usualGap(pages: readonly PdfLine[][]): number {
	const counts = new Map<number, number>();
	for (const lines of pages) {
		for (let i = 1; i < lines.length; i++) {
			const gap = Math.round(lines[i - 1]!.y - lines[i]!.y);
			if (gap > 0 && gap <= MAX_LINE_SPACING * lines[i]!.size) counts.set(gap, (counts.get(gap) ?? 0) + 1);
		}
	}
	const [gap] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [Infinity];
	return gap;
}

/**
 * Across a page break the gap says nothing, so a line ending a sentence is taken to end its
 * paragraph: splitting a paragraph in two costs less than merging two.
 */
const SENTENCE_END = /[。；！？：]$/;

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

/**
 * The text of a document's pages, one paragraph per line.
 * @param pages Each page's lines, top to bottom, running lines already dropped.
 * @example pagesToText([[{ text: '一、', left: 0, right: 28, y: 700, size: 14 }]]) // '一、'
 */
export function pagesToText(pages: readonly PdfLine[][]): string {
	const all = pages.flat();
	if (all.length === 0) return '';
	const margin = Math.max(...all.map((l) => l.right));
	const left = Math.min(...all.map((l) => l.left));
	const [breakGap, blankGap] = [BREAK_GAP * usualGap(pages), BLANK_GAP * usualGap(pages)];
	const out: string[] = [];
	let previous: PdfLine | undefined;
	for (const [index, lines] of pages.entries()) {
		for (const [at, line] of lines.entries()) {
			const samePage = at > 0;
			const gap = samePage && previous ? previous.y - line.y : 0;
			const wrapped =
				previous !== undefined &&
				previous.right >= margin - AT_MARGIN * previous.size &&
				line.left <= left + AT_LEFT * line.size &&
				(samePage ? gap <= breakGap : index > 0 && !SENTENCE_END.test(previous.text));
			if (wrapped) {
				const space = LATIN_END.test(out.at(-1)!) && LATIN_START.test(line.text) ? ' ' : '';
				out[out.length - 1] += space + line.text;
			} else {
				if (samePage && gap > blankGap) out.push('');
				out.push(line.text);
			}
			previous = line;
		}
	}
	return `${out.join('\n')}\n`;
}
