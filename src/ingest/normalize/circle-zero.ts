/**
 * Rule: a date written in Chinese numerals often has its zero typed as a circle, 二○一一年 (U+25CB
 * WHITE CIRCLE, or ◯ U+25EF, or a Latin O) instead of 〇 (U+3007); the later stages know only 〇.
 * Only a circle between Chinese numerals changes, so ○ as a bullet or a mark stays.
 */
import { replaceMapped, type MappedText } from './mapped-text.ts';

const NUMERAL = '〇零一二三四五六七八九十';
const CIRCLE = '○◯OＯ';

// A circle with a numeral or another circle on each side, as in 二○一一 or 二○○八.
const ZERO = new RegExp(`(?<=[${NUMERAL}${CIRCLE}])[${CIRCLE}](?=[${NUMERAL}${CIRCLE}])`, 'g');

/**
 * Turns circle zeros inside Chinese numerals into 〇.
 * @param mapped Text with its map.
 * @returns The text with 〇, same length and map.
 * @example
 * circleZero(createMappedText('二○一一年十月八日')).text // '二〇一一年十月八日'
 */
export function circleZero(mapped: MappedText): MappedText {
	return replaceMapped(mapped, ZERO, () => '〇');
}
