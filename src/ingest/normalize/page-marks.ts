/**
 * Rule: page-number lines that PDF extraction leaves between pages become empty lines. The line
 * itself stays (its newline is kept), so line numbers still match the source.
 */
import { replaceMapped, type MappedText } from './mapped-text.ts';

const LINE = /[^\n]+/g;

// A page mark is short; testing only short lines keeps the pass linear on a 2 MB one-line file.
const MAX_PAGE_MARK_LENGTH = 40;

// Tested on the line without whitespace and `*`, so `— 8 —`, `－ 8 －`, `**- 8 -**` and
// `第 3 页 共 10 页` all match. The optional leading `-` is a list marker (`- 第3页`), which
// leftover-markup would strip later; matching it here keeps normalization idempotent.
const PAGE_MARK = new RegExp(
	`^-?(?:${[
		String.raw`[-－—–‒―]+\d{1,4}[-－—–‒―]+`, // — 8 —
		String.raw`第\d{1,4}页(?:[,，/]?共\d{1,4}页)?`, // 第3页 共10页
		String.raw`共\d{1,4}页[,，]?第\d{1,4}页`, // 共10页 第3页
		String.raw`\d{1,4}/\d{1,4}`, // 3/10
	].join('|')})$`,
);

const IGNORED = /[\s*]/g;

/**
 * Empties lines that hold only a page number: `— 8 —`, `- 8 -`, `第 3 页`, `第3页 共10页`, `3/10`.
 * Runs after fullwidth-digits, so it only needs ASCII digits.
 * @param mapped Text with its map.
 * @returns The text with those lines emptied.
 * @example
 * pageMarks(createMappedText('甲\n— 8 —\n乙')).text // '甲\n\n乙'
 */
export function pageMarks(mapped: MappedText): MappedText {
	return replaceMapped(mapped, LINE, ([line]) => (isPageMark(line) ? '' : line));
}

function isPageMark(line: string): boolean {
	return line.length <= MAX_PAGE_MARK_LENGTH && PAGE_MARK.test(line.replace(IGNORED, ''));
}
