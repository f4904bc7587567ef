/**
 * Turns an offset in the decoded source into the line and column an editor shows, for messages.
 * Decode has already made every line ending LF, so lines are counted on `\n` alone.
 */

/** A 1-based position in a text; the column counts UTF-16 code units, as JavaScript strings do. */
export interface LineColumn {
	line: number;
	column: number;
}

/**
 * Finds the 1-based line and column of an offset; an offset on a `\n` belongs to the line it ends.
 * @param source The decoded source text.
 * @param offset An offset from 0 to `source.length`, usually from `toSourceOffset`.
 * @returns Its line and column.
 * @example
 * toLineColumn('一\n二三', 3) // { line: 2, column: 2 }
 */
export function toLineColumn(source: string, offset: number): LineColumn {
	if (!Number.isInteger(offset) || offset < 0 || offset > source.length) {
		throw new RangeError(
			`Cannot find line of offset \`${offset}\`, expected an integer from 0 to ${source.length}`,
		);
	}
	let line = 1;
	let lineStart = 0;
	let newline = source.indexOf('\n');
	while (newline !== -1 && newline < offset) {
		line++;
		lineStart = newline + 1;
		newline = source.indexOf('\n', lineStart);
	}
	return { line, column: offset - lineStart + 1 };
}
