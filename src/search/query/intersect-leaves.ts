/**
 * The occurrences of a term from those of the leaves covering it: an offset s is an occurrence
 * when every leaf occurs at s + its place in the term.
 */
import type { PostEntry } from './read-entries.ts';

/** A covering leaf with its occurrences. */
export interface PlacedLeaf {
	at: number;
	entry: PostEntry;
}

const total = (entry: PostEntry) => {
	let sum = 0;
	for (const offsets of entry.values()) sum += offsets.length;
	return sum;
};

/**
 * Intersect placed leaves.
 * @param leaves At least one leaf; the rarest drives the walk.
 * @example intersectLeaves([{ at: 0, entry: new Map([[0, [3]]]) }, { at: 1, entry: new Map([[0, [4, 9]]]) }]) // Map { 0 => [3] }
 */
export function intersectLeaves(leaves: readonly PlacedLeaf[]): Map<number, number[]> {
	const [driver, ...others] = [...leaves].sort((a, b) => total(a.entry) - total(b.entry));
	const found = new Map<number, number[]>();
	if (driver === undefined) return found;
	for (const [doc, offsets] of driver.entry) {
		const lists = others.map((leaf) => leaf.entry.get(doc) ?? []);
		if (lists.some((list) => list.length === 0)) continue;
		// Offsets ascend in every list, so one cursor per leaf walks its list once per notice.
		const cursors = lists.map(() => 0);
		const starts: number[] = [];
		for (const offset of offsets) {
			const start = offset - driver.at;
			const everywhere = others.every((leaf, i) => {
				const list = lists[i] ?? [];
				const wanted = start + leaf.at;
				let at = cursors[i] ?? 0;
				while (at < list.length && (list[at] ?? 0) < wanted) at++;
				cursors[i] = at;
				return list[at] === wanted;
			});
			if (everywhere) starts.push(start);
		}
		if (starts.length > 0) found.set(doc, starts);
	}
	return found;
}
