/**
 * Rule: some mirror pages add a comma next to the notice's own mark (`一，、充分认识，。组织`,
 * `监管局，、各有关单位`). No notice writes a comma beside another clause mark, so the comma goes
 * and the notice's mark stays; `一、` then reads as a section number again.
 */
import { replaceMapped, type MappedText } from './mapped-text.ts';

// A full-width comma before or after 、。；：！？ (halfwidth-punctuation has run: `,` is `，`).
const DOUBLED = /，(?=[、。；：！？])|(?<=[、。；：！？])，/g;

/**
 * Removes a comma doubled with another clause mark.
 * @param mapped Text with its map.
 * @returns The text without the extra commas.
 * @example
 * doubledPunctuation(createMappedText('一，、认识，。组织')).text // '一、认识。组织'
 */
export function doubledPunctuation(mapped: MappedText): MappedText {
	return replaceMapped(mapped, DOUBLED, () => '');
}
