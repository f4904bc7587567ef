/**
 * The one normalization both the literal index and every query go through, so variants a reader
 * cannot tell apart in a query box match each other: full-width and half-width forms (２０２６ and
 * 2026, （ and (), the bracket pairs a 文号 is written with (〔2026〕, [2026], ［2026］, 【2026】),
 * ASCII case, the ideographic space, and traditional characters (標準化 is 标准化: ingest turns a
 * traditional notice into simplified characters, so a query typed in traditional ones must be too). Each UTF-16 unit maps to exactly one unit, so a position
 * in folded text is the same position in the text as shown (excerpts and highlights rely on it).
 * No blanket NFKC: it would also rewrite ㈠, ①, ℃ and compatibility ideographs (STYLE.md).
 */

import { SIMPLIFIED, TRADITIONAL } from '../text/traditional-table.ts';

const OPEN_BRACKETS = '〔［【〖〘[';
const CLOSE_BRACKETS = '〕］】〗〙]';
// Half-width CJK punctuation (U+FF61–U+FF64) folds to its usual full-width form.
const HALFWIDTH_CJK = ['｡。', '｢「', '｣」', '､、'];

/** One UTF-16 unit in, one out: built once, then folding is a table lookup per unit. */
const TABLE = (() => {
	const table = new Uint16Array(0x10000).map((_, code) => code);
	// U+FF01–U+FF5E are the full-width forms of ASCII U+0021–U+007E, in the same order.
	for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0;
	for (let code = 0x41; code <= 0x5a; code++) {
		table[code] = code + 0x20;
		table[code + 0xfee0] = code + 0x20;
	}
	table[0x3000] = 0x20;
	for (const unit of OPEN_BRACKETS) table[unit.charCodeAt(0)] = 0x5b;
	for (const unit of CLOSE_BRACKETS) table[unit.charCodeAt(0)] = 0x5d;
	for (const pair of HALFWIDTH_CJK) table[pair.charCodeAt(0)] = pair.charCodeAt(1);
	// Every pair of the table is one BMP unit to one (checked in test/search/fold-text.test.ts).
	for (let i = 0; i < TRADITIONAL.length; i++) table[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
	return table;
})();

/**
 * Fold one UTF-16 unit (the index build folds a whole corpus without making strings).
 * @param unit A UTF-16 unit.
 * @example foldUnit(0xff12) // 0x32 ('２' → '2')
 */
export function foldUnit(unit: number): number {
	return TABLE[unit] ?? 0;
}

/**
 * Fold a text unit by unit; the result has the same length.
 * @param text Any text: a notice's indexed content or a query.
 * @example foldText('国标委发〔２０２６〕23号 ABC') // '国标委发[2026]23号 abc'
 */
export function foldText(text: string): string {
	const units = new Uint16Array(text.length);
	for (let i = 0; i < text.length; i++) units[i] = foldUnit(text.charCodeAt(i));
	let out = '';
	// fromCharCode in slices: one call per unit is slow, one call for all overflows the stack.
	for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
	return out;
}
