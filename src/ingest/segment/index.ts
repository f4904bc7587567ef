/**
 * Segmentation: normalized text → logical lines (broken lines joined) → one section tree per
 * notice in the file.
 */
import type { Root } from 'mdast';
import type { MappedText } from '../normalize/mapped-text.ts';
import { splitLines, type Line } from './classify-line.ts';
import { createPointFinder } from './create-point-finder.ts';
import { joinLines } from './join-lines.ts';
import { linesToTree } from './lines-to-tree.ts';
import { splitNotices } from './split-notices.ts';

/** The notices of one file: the logical text they index into, and one tree per notice. */
export interface Segmented {
	logical: MappedText;
	/** The logical text's lines, classified. */
	lines: Line[];
	trees: Root[];
}

/**
 * Segments a normalized text into the section trees of the notices it holds.
 * @example segmentText(normalizeText(text)).trees.length // 2 for a notice carrying another
 */
export function segmentText(normalized: MappedText): Segmented {
	const logical = joinLines(normalized);
	const lines = splitLines(logical.text);
	const point = createPointFinder(logical.text);
	const trees = splitNotices(lines).map((range) => linesToTree(point, lines, range));
	return { logical, lines, trees };
}
