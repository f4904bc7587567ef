/**
 * Every occurrence of every leaf. A leaf is a gram of two or more units that is not frequent
 * while the gram one unit shorter at its start (a forward leaf) or at its end (a backward leaf)
 * is, or a bigram that is not frequent. At each offset the forward leaf is the shortest gram that
 * starts there and is not frequent; at each end the backward leaf is the shortest one that ends
 * there. A gram that is a leaf one way is that leaf at every one of its occurrences, so each
 * leaf's list is complete: src/search/README.md has the proof that any query that is not frequent
 * is covered end to end by its own leaves.
 */
import type { FrequentGrams } from './frequent-grams.ts';
import { gramAt } from './gram-at.ts';
import type { TextUnits } from './text-units.ts';

// A leaf is looked up by a number, not by its text (which took half the walk's time): a bigram
// by its two units; a forward leaf by its frequent prefix and last unit; a backward leaf by its
// first unit and frequent suffix. Each leaf has one such key, its remainder by 3 telling which.
const BIGRAM = 0;
const FORWARD = 1;
const BACKWARD = 2;

/**
 * Leaves and their occurrences as unit offsets into the corpus, each list ascending.
 * @param text The corpus units.
 * @param frequent From frequentGrams: the longest frequent gram at each offset, and every gram's prefix.
 * @example leafPostings(textUnits(['甲乙丙']), frequentGrams(textUnits(['甲乙丙']), 1)) // Map { '甲乙' => [0], '乙丙' => [1] }
 */
export function leafPostings(text: TextUnits, frequent: FrequentGrams): Map<string, number[]> {
	const { units, ranks, distinct } = text;
	const { depth, longest, grams } = frequent;
	const key = (high: number, unit: number, kind: number) => (high * distinct + (ranks[unit] ?? 0)) * 3 + kind;
	const leafOf = new Map<number, number>();
	const lists: number[][] = [];
	// Start and length of each leaf's first occurrence, for its text.
	const shapes: number[] = [];
	const add = (leafKey: number, start: number, length: number) => {
		const leaf = leafOf.get(leafKey);
		if (leaf !== undefined) (lists[leaf] as number[]).push(start);
		else {
			leafOf.set(leafKey, lists.length);
			lists.push([start]);
			shapes.push(start, length);
		}
	};
	// Forward: the gram one unit longer than the longest frequent one at p.
	for (let p = 0; p + 1 < units.length; p++) {
		const length = depth[p] ?? 0;
		const last = units[p + Math.max(length, 1)] ?? 0;
		if (length === 0 && units[p] !== 0 && last !== 0) add(key(ranks[units[p] ?? 0] ?? 0, last, BIGRAM), p, 2);
		else if (length > 0 && last !== 0) add(key(longest[p] ?? 0, last, FORWARD), p, length + 1);
	}
	// Backward: the gram one unit longer than the longest frequent one ending at e, unless its
	// first part is frequent too, which makes it a forward leaf listed above.
	for (let e = 2; e <= units.length; e++) {
		let length = 1;
		while (e - length - 1 >= 0 && (depth[e - length - 1] ?? 0) >= length + 1) length++;
		const start = e - length - 1;
		if (length < 2 || start < 0 || units[start] === 0 || (depth[start] ?? 0) >= length) continue;
		// The frequent suffix: the longest frequent gram after start, cut to `length` units.
		let suffix = longest[start + 1] ?? 0;
		for (let cut = depth[start + 1] ?? 0; cut > length; cut--) suffix = grams[suffix]?.prefix ?? 0;
		add(key(suffix, units[start] ?? 0, BACKWARD), start, length + 1);
	}
	const leaves = new Map<string, number[]>();
	lists.forEach((list, leaf) => leaves.set(gramAt(units, shapes[2 * leaf] ?? 0, shapes[2 * leaf + 1] ?? 0), list));
	return leaves;
}
