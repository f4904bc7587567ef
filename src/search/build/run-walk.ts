/**
 * The scan of one run of notices, level by level, while the frequent grams are decided for the
 * whole corpus (frequent-levels.ts): at each level the walk reports how often each candidate gram
 * occurs in its run, then takes the corpus's decision and marks where the frequent ones occur.
 * Candidates are named the same way in every run, so counts of different runs (scanned now or read
 * from the cache) add up: a bigram by its two units (first * 65536 + second), a longer gram by the
 * ids of its prefix and suffix among the level below's frequent grams (prefix * width + suffix).
 * Ids are the frequent grams' ranks by text within their level, which follow from the set alone.
 */
import type { TextUnits } from './text-units.ts';

/** Each candidate of one level in one run (keys ascending) and its number of occurrences there. */
export interface LevelCounts {
	keys: Float64Array;
	counts: Uint32Array;
}

/** One level's frequent grams as decided for the corpus. */
export interface FrequentLevel {
	/** Gram length. */
	length: number;
	/** The frequent grams' keys, ascending: a gram's id is its index here. */
	keys: Float64Array;
	idOf: Map<number, number>;
	/** Index of the level's first gram among all frequent grams. */
	offset: number;
}

/** Frequent grams of `MAX_DEPTH` units at most (depths are kept in bytes). */
export const MAX_DEPTH = 255;

// Candidates are counted in a typed table when their key space is at most this, else in a Map.
const TABLE_LIMIT = 1 << 24;

/**
 * The table the walks of one build count in, cleared after each use (a fresh one per run and
 * level took longer than the count); garbage with the build (up to 64 MB).
 */
export class Scratch {
	table = new Int32Array(0);
}

/** Numbers candidates in the order they are met, by a slot in a space of `space` slots. */
class Counter {
	readonly #table: Int32Array | undefined;
	readonly #map = new Map<number, number>();
	readonly #used: number[] = [];

	constructor(space: number, scratch: Scratch) {
		if (space <= TABLE_LIMIT && scratch.table.length < space) scratch.table = new Int32Array(space);
		this.#table = space <= TABLE_LIMIT ? scratch.table : undefined;
	}

	/** The number of the candidate at `slot`; a new one is added to `keys` as `key`. */
	candidate(slot: number, keys: number[], key: number): number {
		const known = this.#table === undefined ? (this.#map.get(slot) ?? -1) : (this.#table[slot] as number) - 1;
		if (known >= 0) return known;
		const c = keys.length;
		keys.push(key);
		if (this.#table === undefined) this.#map.set(slot, c);
		else {
			this.#table[slot] = c + 1;
			this.#used.push(slot);
		}
		return c;
	}

	/** Leave the shared table empty again. */
	clear(): void {
		if (this.#table !== undefined) for (const slot of this.#used) this.#table[slot] = 0;
	}
}

/** The walk of one run. */
export class RunWalk {
	readonly text: TextUnits;
	/** `depth[p]`: length of the longest frequent gram at unit p, 0 for none. */
	readonly depth: Uint8Array;
	/** `longest[p]`: that gram's index among all frequent grams, -1 for none. */
	readonly longest: Int32Array;
	/** Each frequent gram met (by index): its first offset in the run and the run's notices containing it. */
	readonly grams = new Map<number, { first: number; docs: Uint8Array }>();
	/** Id of the gram of the current level at each offset, -1 for none. */
	readonly #idAt: Int32Array;
	#positions = new Int32Array(0);
	// The candidates of the next level: offset and candidate number of each occurrence, each
	// candidate's key and count.
	#at: Int32Array;
	#of: Int32Array;
	#found = 0;
	#keys: number[] = [];
	#counts: number[] = [];

	readonly #scratch: Scratch;

	/**
	 * @param text The run's units (textUnits of its texts).
	 * @param scratch The build's counting table.
	 */
	constructor(text: TextUnits, scratch: Scratch) {
		this.text = text;
		this.#scratch = scratch;
		const size = text.units.length;
		this.depth = new Uint8Array(size);
		this.longest = new Int32Array(size).fill(-1);
		this.#idAt = new Int32Array(size).fill(-1);
		this.#at = new Int32Array(size);
		this.#of = new Int32Array(size);
		this.#bigrams();
	}

	/** The counts of the level being decided. */
	candidates(): LevelCounts {
		const order = Array.from(this.#keys.keys()).sort((a, b) => (this.#keys[a] as number) - (this.#keys[b] as number));
		return {
			keys: Float64Array.from(order, (c) => this.#keys[c] as number),
			counts: Uint32Array.from(order, (c) => this.#counts[c] as number),
		};
	}

	/**
	 * Take the corpus's decision on the level being decided: mark its frequent grams, then list the
	 * candidates one unit longer (unless `last`).
	 */
	decide(level: FrequentLevel, last: boolean): void {
		const ids = Int32Array.from(this.#keys, (key) => level.idOf.get(key) ?? -1);
		const { starts } = this.text;
		const idAt = this.#idAt;
		for (const p of this.#positions) idAt[p] = -1;
		const positions = new Int32Array(this.#found);
		const docsBytes = Math.ceil((starts.length - 1) / 8);
		// Bitmaps by id, made when a gram is first met.
		const docsOf: (Uint8Array | undefined)[] = [];
		let found = 0;
		let doc = 0;
		for (let i = 0; i < this.#found; i++) {
			const id = ids[this.#of[i] as number] as number;
			if (id < 0) continue;
			const p = this.#at[i] as number;
			positions[found++] = p;
			idAt[p] = id;
			this.depth[p] = level.length;
			this.longest[p] = level.offset + id;
			while ((starts[doc + 1] as number) <= p) doc++;
			let docs = docsOf[id];
			if (docs === undefined) {
				docsOf[id] = docs = new Uint8Array(docsBytes);
				this.grams.set(level.offset + id, { first: p, docs });
			}
			docs[doc >> 3] = (docs[doc >> 3] as number) | (1 << (doc & 7));
		}
		this.#positions = positions.subarray(0, found);
		this.#found = 0;
		this.#keys = [];
		this.#counts = [];
		if (!last) this.#longer(level.keys.length);
	}

	/** Every bigram without a break is a candidate. */
	#bigrams(): void {
		const { units, ranks, distinct } = this.text;
		// Counted by the units' ranks in the run (a small space), named by the units themselves.
		const counter = new Counter(distinct * distinct, this.#scratch);
		for (let p = 0; p + 1 < units.length; p++) {
			const a = units[p] as number;
			const b = units[p + 1] as number;
			if (a !== 0 && b !== 0) this.#occurs(counter.candidate((ranks[a] as number) * distinct + (ranks[b] as number), this.#keys, a * 65536 + b), p);
		}
		counter.clear();
	}

	/** A gram one unit longer is a pair (gram at p, gram at p + 1) of the level just decided. */
	#longer(width: number): void {
		const idAt = this.#idAt;
		const counter = new Counter(width * width, this.#scratch);
		for (const p of this.#positions) {
			const right = idAt[p + 1] as number;
			if (right < 0) continue;
			const key = (idAt[p] as number) * width + right;
			this.#occurs(counter.candidate(key, this.#keys, key), p);
		}
		counter.clear();
	}

	/** One occurrence at p of candidate c. */
	#occurs(c: number, p: number): void {
		this.#counts[c] = (this.#counts[c] ?? 0) + 1;
		this.#at[this.#found] = p;
		this.#of[this.#found++] = c;
	}
}
