/**
 * Rule: remove invisible characters. Web pages and Word files carry zero-width spaces and joiners,
 * a U+FEFF left mid-text when files were concatenated, and soft hyphens. They would hide the real
 * neighbours of a space or a colon from the later rules, so this rule runs first.
 */
import { replaceMapped, type MappedText } from './mapped-text.ts';

// U+00AD soft hyphen, U+200B–U+200D zero-width space/non-joiner/joiner, U+2060 word joiner, U+FEFF.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Removes zero-width spaces, joiners, soft hyphens and mid-text BOMs.
 * @param mapped Text with its map.
 * @returns The text without them.
 * @example
 * zeroWidth(createMappedText('试\u200b点')).text // '试点'
 */
export function zeroWidth(mapped: MappedText): MappedText {
	return replaceMapped(mapped, INVISIBLE, () => '');
}
