/**
 * unist points (line, column, offset) for offsets in one text. Building the tree asks for a point
 * at every node; counting the lines before each one anew made a 1 MB notice take 4.7 s (quadratic),
 * so the line starts are found once and each point is a binary search.
 */
import type { Root } from 'mdast';

/** A unist point, as mdast positions hold them. */
export type Point = NonNullable<Root['position']>['start'];

/**
 * Indexes the line starts of `text` once and returns a function from offset to point.
 * @param text The text the offsets point into (LF line endings).
 * @returns A function giving the 1-based line and column of an offset; an offset on a `\n` belongs
 *   to the line that newline ends.
 * @example
 * createPointFinder('一\n二三')(3) // { line: 2, column: 2, offset: 3 }
 */
export function createPointFinder(text: string): (offset: number) => Point {
	const starts = [0];
	for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
	return (offset) => {
		// The last line start at or before `offset`.
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (starts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return { line: low + 1, column: offset - starts[low]! + 1, offset };
	};
}
