/**
 * A small seeded PRNG (mulberry32), so every benchmark run compares the same synthetic notices.
 */

/** Random helpers drawn from one seeded stream. */
export interface SeededRandom {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max]. */
	int(min: number, max: number): number;
	/** One item of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** True with probability `p`. */
	chance(p: number): boolean;
}

/**
 * A deterministic random stream.
 * @param seed Any 32-bit integer.
 * @example seededRandom(1).int(1, 6) // always the same die roll
 */
export function seededRandom(seed: number): SeededRandom {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		const item = items[int(0, items.length - 1)];
		if (item === undefined) throw new RangeError('Cannot pick from an empty list');
		return item;
	};
	return { next, int, pick, chance: (p) => next() < p };
}
