/**
 * Every occurrence of every leaf. A leaf is a gram of two or more units that is not frequent
 * while the gram one unit shorter at its start (a forward leaf) or at its end (a backward leaf)
 * is, or a bigram that is not frequent. At each offset the forward leaf is the shortest gram that
 * starts there and is not frequent; at each end the backward leaf is the shortest one that ends
 * there. A gram that is a leaf one way is that leaf at every one of its occurrences, so each
 * leaf's list is complete: src/search/README.md has the proof that any query that is not frequent
 * is covered end to end by its own leaves.
 */
import type { FrequentGram, FrequentGrams } from './frequent-grams.ts';
import type { TextUnits } from './text-units.ts';

// A leaf is looked up by a number, not by its text (which took half the walk's time): a bigram
// by its two units; a forward leaf by its frequent prefix and last unit; a backward leaf by its
// first unit and frequent suffix. Each leaf has one such key, its remainder by 3 telling which.
const BIGRAM = 0;
const FORWARD = 1;
const BACKWARD = 2;

/** Each leaf of a text (by its key, see leafText) and its occurrences, each list ascending. */
export interface LeafLists {
	keys: number[];
	lists: number[][];
}

/**
 * The text of a leaf from its key: a bigram is (first unit * 65536 + second) * 3, a forward leaf
 * (gram * 65536 + last unit) * 3 + 1, a backward leaf (gram * 65536 + first unit) * 3 + 2, gram
 * being the frequent gram's index in `grams`. Keys hold no ranks, so they name the same leaf in
 * every run of notices.
 * @param key A key from leafLists.
 * @param grams The frequent grams.
 * @example leafText((0x7532 * 65536 + 0x4e59) * 3, []) // '甲乙'
 */
export function leafText(key: number, grams: readonly FrequentGram[]): string {
	const kind = key % 3;
	const rest = (key - kind) / 3;
	const unit = rest % 65536;
	const high = (rest - unit) / 65536;
	if (kind === BIGRAM) return String.fromCharCode(high, unit);
	const gram = grams[high]?.text ?? '';
	return kind === FORWARD ? gram + String.fromCharCode(unit) : String.fromCharCode(unit) + gram;
}

/**
 * Leaves and their occurrences as unit offsets into the text.
 * @param text The units.
 * @param frequent The longest frequent gram at each offset, and every gram's prefix.
 * @example leafLists(textUnits(['甲乙丙']), frequentGrams(textUnits(['甲乙丙']), 1)) // keys of 甲乙 and 乙丙, lists [[0], [1]]
 */
export function leafLists(text: TextUnits, frequent: FrequentGrams): LeafLists {
	const { units, ranks, distinct } = text;
	const { depth, longest, grams } = frequent;
	const key = (high: number, unit: number, kind: number) => (high * distinct + (ranks[unit] ?? 0)) * 3 + kind;
	const leafOf = new Map<number, number>();
	const keys: number[] = [];
	const lists: number[][] = [];
	const add = (leafKey: number, start: number, high: number, unit: number, kind: number) => {
		const leaf = leafOf.get(leafKey);
		if (leaf !== undefined) (lists[leaf] as number[]).push(start);
		else {
			leafOf.set(leafKey, lists.length);
			lists.push([start]);
			keys.push((high * 65536 + unit) * 3 + kind);
		}
	};
	// Forward: the gram one unit longer than the longest frequent one at p.
	for (let p = 0; p + 1 < units.length; p++) {
		const length = depth[p] ?? 0;
		const first = units[p] ?? 0;
		const last = units[p + Math.max(length, 1)] ?? 0;
		if (length === 0 && first !== 0 && last !== 0) add(key(ranks[first] ?? 0, last, BIGRAM), p, first, last, BIGRAM);
		else if (length > 0 && last !== 0) add(key(longest[p] ?? 0, last, FORWARD), p, longest[p] ?? 0, last, FORWARD);
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
		add(key(suffix, units[start] ?? 0, BACKWARD), start, suffix, units[start] ?? 0, BACKWARD);
	}
	return { keys, lists };
}

/**
 * Leaves by their text and their occurrences as unit offsets into the corpus, each list ascending.
 * @param text The corpus units.
 * @param frequent From frequentGrams: the longest frequent gram at each offset, and every gram's prefix.
 * @example leafPostings(textUnits(['甲乙丙']), frequentGrams(textUnits(['甲乙丙']), 1)) // Map { '甲乙' => [0], '乙丙' => [1] }
 */
export function leafPostings(text: TextUnits, frequent: FrequentGrams): Map<string, number[]> {
	const { keys, lists } = leafLists(text, frequent);
	return new Map(keys.map((key, leaf) => [leafText(key, frequent.grams), lists[leaf] as number[]]));
}
