/**
 * Two notices' sections aligned by heading and by content, in reading order of both.
 *
 * 1. Headings: a weighted LCS over all section pairs whose keys (numbers stripped, years masked)
 *    are alike, content breaking ties, so 三、申报条件 pairs with 二、申报条件 after a removal.
 *    Attachment labels (附件1, 附件) all count as alike; their titles and whole text break ties.
 * 2. Content: between two heading matches, the sections left on both sides are paired by content
 *    (again an LCS, so order holds): a renamed heading over the same text still pairs.
 * 3. Moves: sections still unpaired are paired across the whole notice by content; they are `moved`
 *    and are written at their place on each side, so each side still reads in order.
 * The two preambles always pair.
 */
import type { Section } from './model.ts';
import { contentSimilarity, headingSimilarity, subtreeSimilarity } from './section-similarity.ts';
import { CONTENT_MATCH, HEADING_MATCH } from './thresholds.ts';
import { weightedLcs } from './weighted-lcs.ts';

/** One step of the aligned sections: a pair, or a section of one side (removed, added or moved). */
export interface SectionMatch {
	a: Section | null;
	b: Section | null;
	/** Set on both halves of a section that moved; never on a pair. */
	moved: boolean;
}

/**
 * The sections of both notices as pairs and one-sided sections, each side in its own order.
 * @param a The first notice's sections.
 * @param b The second's.
 * @example alignSections(blocksToSections(older), blocksToSections(newer))
 * // [{ a: 一、申报主体, b: null, moved: false }, { a: 二、申报条件, b: 一、申报条件, moved: false }, …]
 */
export function alignSections(a: readonly Section[], b: readonly Section[]): SectionMatch[] {
	const pairs = weightedLcs(a.length, b.length, (i, j) => headingScore(at(a, i), at(b, j)));
	const filled = fillGaps(a, b, pairs);
	const moves = pairMoves(a, b, filled);
	return merge(a, b, filled, moves);
}

function at(sections: readonly Section[], index: number): Section {
	const section = sections[index];
	if (section === undefined) throw new RangeError(`Cannot read section ${index}`);
	return section;
}

function headingScore(a: Section, b: Section): number {
	if (a.heading === null || b.heading === null) return a.heading === b.heading ? 3 : 0;
	const heading = headingSimilarity(a, b);
	// Any two attachments are candidates: titles change with every call (2023年度…要求 / 2026年度…领域),
	// so their whole text decides which pairs with which.
	if (a.attachment && b.attachment) return 1 + heading + subtreeSimilarity(a, b);
	return heading < HEADING_MATCH ? 0 : 2 * heading + contentSimilarity(a, b);
}

function contentScore(a: Section, b: Section): number {
	const content = contentSimilarity(a, b);
	return content < CONTENT_MATCH ? 0 : content;
}

/** Adds content matches inside each gap between consecutive heading matches. */
function fillGaps(
	a: readonly Section[],
	b: readonly Section[],
	anchors: [number, number][],
): [number, number][] {
	const filled: [number, number][] = [];
	let [i0, j0] = [0, 0];
	for (const [i1, j1] of [...anchors, [a.length, b.length] as [number, number]]) {
		const gap = weightedLcs(i1 - i0, j1 - j0, (i, j) => contentScore(at(a, i0 + i), at(b, j0 + j)));
		for (const [i, j] of gap) filled.push([i0 + i, j0 + j]);
		if (i1 < a.length) filled.push([i1, j1]);
		[i0, j0] = [i1 + 1, j1 + 1];
	}
	return filled;
}

/** Pairs the sections left over, best content match first: index in `a` → index in `b`. */
function pairMoves(
	a: readonly Section[],
	b: readonly Section[],
	pairs: [number, number][],
): Map<number, number> {
	const pairedA = new Set(pairs.map(([i]) => i));
	const pairedB = new Set(pairs.map(([, j]) => j));
	const candidates: [number, number, number][] = [];
	for (let i = 0; i < a.length; i++) {
		if (pairedA.has(i)) continue;
		for (let j = 0; j < b.length; j++) {
			const score = pairedB.has(j) ? 0 : contentScore(at(a, i), at(b, j));
			if (score > 0) candidates.push([score, i, j]);
		}
	}
	const moves = new Map<number, number>();
	const movedB = new Set<number>();
	for (const [, i, j] of candidates.sort((x, y) => y[0] - x[0])) {
		if (moves.has(i) || movedB.has(j)) continue;
		moves.set(i, j);
		movedB.add(j);
	}
	return moves;
}

/** Pairs in order, with each side's unpaired sections just before the next pair. */
function merge(
	a: readonly Section[],
	b: readonly Section[],
	pairs: [number, number][],
	moves: Map<number, number>,
): SectionMatch[] {
	const movedB = new Set(moves.values());
	const out: SectionMatch[] = [];
	let [i, j] = [0, 0];
	for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
		for (; i < pi; i++) out.push({ a: at(a, i), b: null, moved: moves.has(i) });
		for (; j < pj; j++) out.push({ a: null, b: at(b, j), moved: movedB.has(j) });
		if (pi < a.length) out.push({ a: at(a, pi), b: at(b, pj), moved: false });
		[i, j] = [pi + 1, pj + 1];
	}
	return out;
}
