/**
 * The outline numbers notices put in front of headings and items (一、 （一） 1. （1） ①): the one
 * parser of them. Ingest's segmenter reads a line's number with it and stores it in the section
 * tree and the blocks; the sentence splitter reads the number of an item inlined after a colon.
 * Runs on normalized text (full-width brackets next to Chinese, ASCII digits).
 */

/**
 * The marker styles of GB/T 9704-2012 §7.3.3's four levels plus circled digits, in their usual
 * nesting order. `1.` must not be a decimal: 1.5亿 keeps its number.
 */
export const NUMBERING_STYLES = [
	{ style: 'han', re: /^([一二三四五六七八九十]{1,3})[、．.]/u },
	// The opening bracket is sometimes lost on web pages: 一）具有明确的职能.
	{ style: 'han-paren', re: /^[（(]?\s*([一二三四五六七八九十]{1,3})\s*[）)]/u },
	{ style: 'arabic', re: /^(\d{1,2})(?:[．、]|\.(?!\d))\s*/u },
	{ style: 'arabic-paren', re: /^[（(]\s*(\d{1,2})\s*[）)]/u },
	{ style: 'circled', re: /^([①-⑳])/u },
] as const;

/**
 * The characters a marker of any style can start with (a space only where 一） lost its （):
 * one test turns away most lines and sentences, which the splitter and the segmenter ask about
 * one by one, before the five patterns.
 */
const MAY_START = /^[\s（(一二三四五六七八九十\d①-⑳]/u;

/** A marker style: `han` (一、), `han-paren` (（一）), `arabic` (1.), `arabic-paren` (（1）), `circled` (①). */
export type NumberingStyle = (typeof NUMBERING_STYLES)[number]['style'];

/** A number marker: `（一）` of style `han-paren`. */
export interface Numbering {
	style: NumberingStyle;
	/** The marker as written, with the spaces a style's pattern takes after it. */
	marker: string;
}

/**
 * The number marker at the start of a text, or null.
 * @param text A line, heading or sentence, trimmed.
 * @example numberingOf('（三）申报条件') // { style: 'han-paren', marker: '（三）' }
 */
export function numberingOf(text: string): Numbering | null {
	if (!MAY_START.test(text)) return null;
	for (const { style, re } of NUMBERING_STYLES) {
		const m = re.exec(text);
		if (m) return { style, marker: m[0] };
	}
	return null;
}

/**
 * A text cut into its outline number as written (null when none) and the words after it; the
 * two joined give the trimmed text back.
 * @param text A heading, item or sentence.
 * @example splitNumbering('1. 法人资格') // { numbering: '1. ', text: '法人资格' }
 */
export function splitNumbering(text: string): { numbering: string | null; text: string } {
	const trimmed = text.trim();
	const found = numberingOf(trimmed);
	if (found === null) return { numbering: null, text: trimmed };
	return { numbering: found.marker, text: trimmed.slice(found.marker.length) };
}

/**
 * A block's text as the notice prints it: outline number as written, then the words. Kept here,
 * free of zod, because the compare worker runs it in the browser.
 * @param block A heading or paragraph with its number as data.
 * @example numberedText({ numbering: '（三）', text: '申报条件' }) // '（三）申报条件'
 */
export function numberedText(block: { numbering: string | null; text: string }): string {
	return (block.numbering ?? '') + block.text;
}
