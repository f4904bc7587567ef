/**
 * The sections of a result page its matches fall in: each match belongs to the last heading with
 * an id before it (Pagefind's anchors), so a result can link to 二、申报条件 rather than the top.
 */
import type { Range } from './find-ranges.ts';

/** A heading Pagefind recorded: its element, id, text and word number. */
export interface PageAnchor {
	element: string;
	id: string;
	text: string;
	location: number;
}

/** Matches grouped under the heading they follow (null before the first heading). */
export interface ResultSection {
	heading: { id: string; text: string } | null;
	ranges: Range[];
}

/**
 * Group match ranges by section.
 * @param ranges Match ranges, sorted.
 * @param anchors The fragment's anchors.
 * @param starts wordStarts of the fragment.
 * @example resultSections([[40, 44]], [{ element: 'h3', id: '二申报条件', text: '二、申报条件', location: 9 }], starts) // [{ heading: { id: '二申报条件', … }, ranges: [[40, 44]] }]
 */
export function resultSections(ranges: readonly Range[], anchors: readonly PageAnchor[], starts: readonly number[]): ResultSection[] {
	const headings = anchors
		.filter((anchor) => /^h[1-6]$/u.test(anchor.element) && anchor.id !== '')
		.map((anchor) => ({ id: anchor.id, text: anchor.text, offset: starts[anchor.location] ?? Infinity }))
		.sort((a, b) => a.offset - b.offset);
	const sections: ResultSection[] = [];
	for (const range of ranges) {
		const heading = headings.filter((h) => h.offset <= range[0]).at(-1);
		const last = sections.at(-1);
		if (last !== undefined && last.heading?.id === heading?.id) last.ranges.push(range);
		else sections.push({ heading: heading === undefined ? null : { id: heading.id, text: heading.text }, ranges: [range] });
	}
	return sections;
}
