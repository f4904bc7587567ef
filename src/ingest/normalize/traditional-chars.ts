/**
 * Rule: a notice written in traditional characters (標準化試點項目申報通知, 關於…) becomes simplified,
 * so the patterns of the later stages (关于, 申报, 截止, 征集…) and the record read as for any
 * other notice. Character for character, so every offset keeps its source.
 *
 * Only a text that is traditional is changed: one where at least a tenth of the Han characters
 * are never correct simplified Chinese (outside GB 2312; the seeds written in traditional
 * characters have 37–42%). A simplified notice that quotes a traditional name keeps it.
 * The table (traditional-table.ts) is generated from ICU; the characters that are also correct
 * simplified Chinese but stand for another one in traditional text are listed here.
 */
import { replaceMapped, type MappedText } from './mapped-text.ts';
import { SIMPLIFIED, TRADITIONAL } from '../../text/traditional-table.ts';

/** In GB 2312, yet in traditional text the traditional form of another character. */
const IN_BOTH: Readonly<Record<string, string>> = { 於: '于', 後: '后', 徵: '征', 麽: '么', 夥: '伙', 著: '着' };

const TABLE = new Map([...TRADITIONAL].map((character, i) => [character, SIMPLIFIED[i]!]));
for (const [traditional, simplified] of Object.entries(IN_BOTH)) TABLE.set(traditional, simplified);

const CONVERTED = new RegExp(`[${TRADITIONAL}${Object.keys(IN_BOTH).join('')}]`, 'g');

/**
 * The characters that are traditional only (not IN_BOTH), by UTF-16 code unit: counting them in
 * a loop over this table is about ten times faster than matching a class of 2,800 characters,
 * and every notice is counted (measured: 8 against 108 ms over 1,500 notices).
 */
const TRADITIONAL_ONLY = new Uint8Array(0x10000);
for (const character of TRADITIONAL) {
	if (character.length !== 1) throw new Error(`Cannot table \`${character}\`, expected traditional characters of one UTF-16 unit`);
	if (!(character in IN_BOTH)) TRADITIONAL_ONLY[character.charCodeAt(0)] = 1;
}
const HAN_ALL = /\p{Script=Han}/gu;

// 著 stays in 著作, 著名, 显著, 卓著… (zhù); it is 着 in 接著, 隨著, 本著 (zhe, zhuó).
const ZHU_BEFORE = '作名稱称錄录述';
const ZHU_AFTER = '顯显卓論论專专編编原名土';

/** A tenth: a traditional notice has about two fifths, a simplified one a stray name at most. */
const MIN_SHARE = 1 / 10;

// Not counted: page-marks, a later rule, deletes them (第3页 共10页), and the share must not rise
// on a second pass over the normalized text, or normalization would not be idempotent.
const PAGE_MARK_HAN = '第页共';
const PAGE_MARKS = new RegExp(`[${PAGE_MARK_HAN}]`, 'gu');

/**
 * Converts a traditional-character text to simplified characters; leaves any other text alone.
 * @param mapped Text with its map.
 * @returns The text in simplified characters, with the same length and map.
 * @example
 * traditionalChars(createMappedText('關於標準化試點項目申報的通知')).text // '关于标准化试点项目申报的通知'
 */
export function traditionalChars(mapped: MappedText): MappedText {
	if (!isTraditional(mapped.text)) return mapped;
	return replaceMapped(mapped, CONVERTED, ({ 0: character, index, input }) => {
		if (character === '著' && (ZHU_BEFORE.includes(input[index + 1] ?? '') || ZHU_AFTER.includes(input[index - 1] ?? ''))) {
			return character;
		}
		return TABLE.get(character) ?? character;
	});
}

/** Whether at least MIN_SHARE of the Han characters are traditional only. */
function isTraditional(text: string): boolean {
	let traditional = 0;
	for (let i = 0; i < text.length; i++) traditional += TRADITIONAL_ONLY[text.charCodeAt(i)] ?? 0;
	// Most notices have no traditional character: the Han characters are counted only when the
	// share is needed (listing them all was most of normalizing a simplified notice).
	if (traditional < 3) return false;
	const han = (text.match(HAN_ALL) ?? []).length - (text.match(PAGE_MARKS) ?? []).length;
	return traditional >= han * MIN_SHARE;
}
