/**
 * Rule: table borders a web page left around its text (`||||`, `… 的通知 |`) are removed at the
 * start and end of a line. A border line becomes empty (its newline stays), and a title no longer
 * ends in `|`, so it still reads as a title and is not run on into the next line.
 */
import { replaceMapped, type MappedText } from './mapped-text.ts';

// Bars (ASCII and full-width) with the spaces around them, at a line's start or end. A notice
// never writes a bar as text, so none of it is content. The second branch only starts where a run
// of spaces and bars starts (the lookbehind): from every space of a long run it would be quadratic.
const EDGE_BARS = /^[ \t\u3000]*[|｜][ \t\u3000|｜]*|(?<![ \t\u3000|｜])[ \t\u3000]*[|｜][ \t\u3000|｜]*$/gm;

/**
 * Removes the bars at the edges of lines.
 * @param mapped Text with its map.
 * @returns The text without them.
 * @example
 * tableBorders(createMappedText('甲的通知 |\n||||\n乙')).text // '甲的通知\n\n乙'
 */
export function tableBorders(mapped: MappedText): MappedText {
	// Most texts hold no bar: one native scan spares them a pattern tried at every position.
	if (!mapped.text.includes('|') && !mapped.text.includes('｜')) return mapped;
	return replaceMapped(mapped, EDGE_BARS, () => '');
}
