/**
 * Rule: some mirror sites gloss characters with their pinyin, `標(biāo)準(zhǔn)`; the gloss is not
 * the notice's text and breaks every word it cuts (标(biāo)准 is not 标准), so it is removed.
 *
 * A gloss is a bracketed run of lowercase Latin letters with at least one tone mark: no real
 * bracket in a notice holds that, while `(一)`, `(2023年)`, `(ESG)` and `(a)` stay. A gloss
 * whose character was lost to mojibake (`?,F(xiàn)`) is removed too: it glosses nothing readable.
 */
import { replaceMapped, type MappedText } from './mapped-text.ts';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

// Up to six letters (zhuang, chuang), at least one of them toned; ASCII or full-width brackets.
const GLOSS = new RegExp(`[(（](?=[a-zü${TONED}]{0,5}[${TONED}])[a-zü${TONED}]{1,6}[)）]`, 'g');

/**
 * Removes pinyin glosses.
 * @param mapped Text with its map.
 * @returns The text without them.
 * @example
 * pinyinGlosses(createMappedText('標(biāo)準(zhǔn)化(一)')).text // '標準化(一)'
 */
export function pinyinGlosses(mapped: MappedText): MappedText {
	return replaceMapped(mapped, GLOSS, () => '');
}
