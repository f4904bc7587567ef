/**
 * Where the terms (or words) of a query occur in a result's text: the same folded comparison the
 * index made, so every notice found shows its match, and highlights are on the text as written.
 */
import { foldText } from '../fold-text.ts';

/** A half-open range of UTF-16 offsets. */
export type Range = [start: number, end: number];

/**
 * Every occurrence of every needle, sorted, overlapping ones merged.
 * @param content A page's indexed text.
 * @param needles Folded terms or words.
 * @example findRanges('申报条件：申报', ['申报']) // [[0, 2], [5, 7]]
 */
export function findRanges(content: string, needles: readonly string[]): Range[] {
	const folded = foldText(content);
	const ranges: Range[] = [];
	for (const needle of needles) {
		if (needle === '') continue;
		for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) ranges.push([at, at + needle.length]);
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: Range[] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([range[0], range[1]]);
	}
	return merged;
}
