/**
 * Stage 2 of ingest: decoded text to normalized text, with a map back to the decoded source.
 * Each rule is a pure `MappedText → MappedText` function in its own file; none deletes a newline,
 * so a line in the normalized text is the same line in the source.
 */
import { circleZero } from './circle-zero.ts';
import { doubledPunctuation } from './doubled-punctuation.ts';
import { fullwidthDigits } from './fullwidth-digits.ts';
import { halfwidthPunctuation } from './halfwidth-punctuation.ts';
import { leftoverMarkup } from './leftover-markup.ts';
import { createMappedText, type MappedText } from './mapped-text.ts';
import { pageMarks } from './page-marks.ts';
import { pdfSpaces } from './pdf-spaces.ts';
import { pinyinGlosses } from './pinyin-glosses.ts';
import { tableBorders } from './table-borders.ts';
import { traditionalChars } from './traditional-chars.ts';
import { zeroWidth } from './zero-width.ts';

export type { MappedText } from './mapped-text.ts';
export { toSourceOffset, toSourceRange } from './to-source-offset.ts';
export { toLineColumn } from './to-line-column.ts';

/**
 * The rules in the order they run. The order matters:
 * 1. zeroWidth first, so no later rule mistakes an invisible character for a neighbour;
 *    pinyinGlosses next, so the traditional-text test counts the characters alone and no later
 *    rule reads a gloss as a bracket; traditionalChars next, so every later rule and stage sees
 *    simplified characters;
 *    circleZero then, so a date's 二○一一 is in the numerals every later stage reads;
 * 2. fullwidthDigits before pageMarks, which then only needs ASCII digits (`－ ８ －`);
 * 3. pageMarks before leftoverMarkup, which would read the `- ` of `- 8 -` as a list marker;
 *    tableBorders before halfwidthPunctuation and pdfSpaces, which look at a bar's neighbours;
 * 4. leftoverMarkup before halfwidthPunctuation, so `**联系人**:` has its colon next to Han;
 * 5. halfwidthPunctuation before pdfSpaces, so the space in `(三) 试点` and `联系人: 王某` is
 *    next to full-width `）` `：` when pdfSpaces looks at it (the other order is not idempotent);
 * 6. doubledPunctuation after halfwidthPunctuation, so it only looks for full-width commas;
 * 7. pdfSpaces last, as it trims the indentation the earlier rules leave.
 */
const RULES: readonly ((mapped: MappedText) => MappedText)[] = [
	zeroWidth,
	pinyinGlosses,
	traditionalChars,
	circleZero,
	fullwidthDigits,
	pageMarks,
	tableBorders,
	leftoverMarkup,
	halfwidthPunctuation,
	doubledPunctuation,
	pdfSpaces,
];

/** Passes after which normalization stops even if a rule still changes something. */
const MAX_PASSES = 4;

/**
 * Normalizes decoded notice text and maps every code unit back to the decoded source.
 * Idempotent, and linear in the length of the text.
 * @param text Text from `decodeText` (LF line endings).
 * @returns The normalized text and its map; it has as many lines as `text`.
 * @example
 * normalizeText('(三) 试点 项目:2026 年 4 月 14 日').text // '（三）试点项目：2026年4月14日'
 */
export function normalizeText(text: string): MappedText {
	// Rules can enable one another (pdf-spaces joins `1　：1` into `1：1`, which fullwidth-digits
	// then reads as a time): run them until nothing changes, so the result is a fixed point and a
	// second normalization is a no-op. Real notices settle in two passes; the cap keeps it linear.
	let mapped = createMappedText(text);
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const next = RULES.reduce((current, rule) => rule(current), mapped);
		if (next.text === mapped.text) return next;
		mapped = next;
	}
	return mapped;
}
