/**
 * The frequent grams of a corpus: every gram of two or more units that occurs more than `over`
 * times in all notices together. Frequent grams are closed under taking a prefix or a suffix (a
 * part occurs at least as often as the whole), so they are found level by level: a gram of k+1
 * units can only be frequent if the grams of k units at its start and at its end both are.
 */
import { gramAt } from './gram-at.ts';
import type { TextUnits } from './text-units.ts';

/** One frequent gram and the notices that contain it (bit d of `docs` is notice d). */
export interface FrequentGram {
	text: string;
	docs: Uint8Array;
	/** Index in `grams` of this gram without its last unit; -1 for a bigram. */
	prefix: number;
}

/** What the leaf walk and the writers need. */
export interface FrequentGrams {
	/** `depth[p]`: length of the longest frequent gram starting at unit p, 0 when there is none. */
	depth: Uint8Array;
	/** `longest[p]`: index in `grams` of that gram, -1 when there is none. */
	longest: Int32Array;
	grams: FrequentGram[];
}

const MAX_DEPTH = 255;

/**
 * Find the frequent grams.
 * @param text The corpus units.
 * @param over A gram occurring more than this many times is frequent.
 * @example frequentGrams(textUnits(['标准标准标准']), 2).grams.map((g) => g.text) // ['标准']
 */
export function frequentGrams(text: TextUnits, over: number): FrequentGrams {
	const { units, starts } = text;
	const depth = new Uint8Array(units.length);
	const longest = new Int32Array(units.length).fill(-1);
	const idAt = new Int32Array(units.length).fill(-1);
	const grams: FrequentGram[] = [];
	const docsBytes = Math.ceil((starts.length - 1) / 8);
	let level = bigrams(text, over);
	// Where the level before this one starts in `grams`, and how many grams it has.
	let before = { offset: 0, count: 0 };
	for (let length = 2; level.positions.length > 0 && length <= MAX_DEPTH; length++) {
		const offset = grams.length;
		// Bitmaps and depths of this level's grams, then ids where the next level looks them up.
		const bitmaps = Array.from({ length: level.count }, () => new Uint8Array(docsBytes));
		let doc = 0;
		level.positions.forEach((p, i) => {
			while ((starts[doc + 1] ?? Infinity) <= p) doc++;
			const bitmap = bitmaps[level.ids[i] ?? 0] as Uint8Array;
			bitmap[doc >> 3] = (bitmap[doc >> 3] ?? 0) | (1 << (doc & 7));
			depth[p] = length;
			longest[p] = offset + (level.ids[i] ?? 0);
			idAt[p] = level.ids[i] ?? -1;
		});
		level.first.forEach((p, id) => {
			// A longer gram's key is (id of its prefix) * (grams in the level before) + id of its suffix.
			const prefix = length === 2 ? -1 : before.offset + Math.floor((level.keys[id] ?? 0) / before.count);
			grams.push({ text: gramAt(units, p, length), docs: bitmaps[id] as Uint8Array, prefix });
		});
		before = { offset, count: level.count };
		const next = extend(level, idAt, over);
		for (const p of level.positions) idAt[p] = -1;
		level = next;
	}
	return { depth, longest, grams };
}

/**
 * The frequent grams of one length: where they occur, which gram each occurrence is, where each
 * first occurs and its key.
 */
interface Level {
	positions: Int32Array;
	ids: Int32Array;
	count: number;
	first: number[];
	keys: number[];
}

function bigrams({ units, ranks, distinct }: TextUnits, over: number): Level {
	const keyAt = (p: number) => {
		const a = ranks[units[p] ?? 0] ?? -1;
		const b = ranks[units[p + 1] ?? 0] ?? -1;
		return a >= 0 && b >= 0 ? a * distinct + b : -1;
	};
	return collect(units.length - 1, (i) => i, keyAt, distinct * distinct, over);
}

/** The next level: a gram one unit longer is a pair (gram at p, gram at p+1) of this level. */
function extend(level: Level, idAt: Int32Array, over: number): Level {
	const keyAt = (i: number) => {
		const p = level.positions[i] ?? 0;
		const right = idAt[p + 1] ?? -1;
		return right < 0 ? -1 : (level.ids[i] ?? 0) * level.count + right;
	};
	return collect(level.positions.length, (i) => level.positions[i] ?? 0, keyAt, level.count * level.count, over);
}

/** Numbers by key below `space`: a typed table up to 2^24 keys (64 MB), a Map beyond. */
function table(space: number): { get: (key: number) => number; set: (key: number, value: number) => void } {
	if (space <= 1 << 24) {
		const values = new Int32Array(space);
		return { get: (key) => values[key] ?? 0, set: (key, value) => void (values[key] = value) };
	}
	const values = new Map<number, number>();
	return { get: (key) => values.get(key) ?? 0, set: (key, value) => void values.set(key, value) };
}

/** Count the keys; number the frequent ones in order of first occurrence and list their occurrences. */
function collect(size: number, positionAt: (i: number) => number, keyAt: (i: number) => number, space: number, over: number): Level {
	const counts = table(space);
	for (let i = 0; i < size; i++) {
		const key = keyAt(i);
		if (key >= 0) counts.set(key, counts.get(key) + 1);
	}
	// Id + 1 of each frequent key met so far, 0 for none.
	const idOf = table(space);
	const positions: number[] = [];
	const ids: number[] = [];
	const first: number[] = [];
	const keys: number[] = [];
	for (let i = 0; i < size; i++) {
		const key = keyAt(i);
		if (key < 0 || counts.get(key) <= over) continue;
		const p = positionAt(i);
		let id = idOf.get(key) - 1;
		if (id < 0) {
			id = first.length;
			idOf.set(key, id + 1);
			first.push(p);
			keys.push(key);
		}
		positions.push(p);
		ids.push(id);
	}
	return { positions: Int32Array.from(positions), ids: Int32Array.from(ids), count: first.length, first, keys };
}
