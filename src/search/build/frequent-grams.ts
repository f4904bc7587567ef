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
		const { positions, ids } = level;
		for (let i = 0; i < positions.length; i++) {
			const p = positions[i] as number;
			const id = ids[i] as number;
			while ((starts[doc + 1] ?? Infinity) <= p) doc++;
			const bitmap = bitmaps[id] as Uint8Array;
			bitmap[doc >> 3] = (bitmap[doc >> 3] as number) | (1 << (doc & 7));
			depth[p] = length;
			longest[p] = offset + id;
			idAt[p] = id;
		}
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

/**
 * Count the keys; number the frequent ones in order of first occurrence and list their
 * occurrences. Each key is computed once, into a typed array, and the occurrences go into typed
 * arrays of the largest size they can need: the bigram level has an entry for most of the corpus's
 * tens of millions of units, which as growing JS arrays cost a third of this step.
 */
function collect(size: number, positionAt: (i: number) => number, keyAt: (i: number) => number, space: number, over: number): Level {
	// Keys up to 2^31 fit an Int32Array; -1 marks a position with no key.
	const keyOf = space <= 2 ** 31 ? new Int32Array(size) : new Float64Array(size);
	for (let i = 0; i < size; i++) keyOf[i] = keyAt(i);
	const positions = new Int32Array(size);
	const ids = new Int32Array(size);
	const first: number[] = [];
	const keys: number[] = [];
	let found = 0;
	const list = (i: number, id: number) => {
		positions[found] = positionAt(i);
		ids[found++] = id;
	};
	if (space <= 1 << 24) {
		// Counts, then id + 1 of each frequent key met so far (0 for none), in one typed table.
		const table = new Int32Array(space);
		for (let i = 0; i < size; i++) {
			const key = keyOf[i] as number;
			if (key >= 0) table[key] = (table[key] as number) + 1;
		}
		// A frequent key's entry becomes -(id + 1) once it is numbered; a count is never negative.
		for (let i = 0; i < size; i++) {
			const key = keyOf[i] as number;
			if (key < 0) continue;
			const entry = table[key] as number;
			if (entry < 0) list(i, -entry - 1);
			else if (entry > over) {
				table[key] = -(first.length + 1);
				list(i, first.length);
				first.push(positionAt(i));
				keys.push(key);
			}
		}
	} else {
		const counts = new Map<number, number>();
		for (let i = 0; i < size; i++) {
			const key = keyOf[i] as number;
			if (key >= 0) counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const idOf = new Map<number, number>();
		for (let i = 0; i < size; i++) {
			const key = keyOf[i] as number;
			if (key < 0 || (counts.get(key) ?? 0) <= over) continue;
			let id = idOf.get(key);
			if (id === undefined) {
				id = first.length;
				idOf.set(key, id);
				first.push(positionAt(i));
				keys.push(key);
			}
			list(i, id);
		}
	}
	return { positions: positions.slice(0, found), ids: ids.slice(0, found), count: first.length, first, keys };
}
