/**
 * Rule: a page saved in a code page without full-width spaces turns a paragraph's indentation
 * (`　　`) into question marks, `? ? ? ? 一、申报范围`. At a line's start they are indentation, and
 * they hide the line's number marker from segmentation, so they are removed. A lone `?` and
 * question marks inside a line are left: they may stand for a lost character of the text.
 */
import { replaceMapped, type MappedText } from './mapped-text.ts';

// Two or more question marks (ASCII or full-width) with spaces between, at a line's start.
const INDENT = /^[ \t\u3000]*(?:[?？][ \t\u3000]*){2,}/gm;

/**
 * Removes question-mark indentation.
 * @param mapped Text with its map.
 * @returns The text without it.
 * @example
 * mojibakeIndent(createMappedText('? ? ? ? 一、申报范围')).text // '一、申报范围'
 */
export function mojibakeIndent(mapped: MappedText): MappedText {
	// Most texts have no question mark: one native scan spares them a pattern tried at every line.
	if (!mapped.text.includes('?') && !mapped.text.includes('？')) return mapped;
	return replaceMapped(mapped, INDENT, () => '');
}
