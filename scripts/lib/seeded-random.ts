/**
 * A seeded random stream (pure-rand's xoroshiro128+), so synthetic corpora and benchmark inputs
 * are the same on every run for a given seed.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

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
	const rng = xoroshiro128plus(seed);
	const int = (min: number, max: number): number => uniformInt(rng, min, max);
	const next = (): number => uniformInt(rng, 0, 2 ** 30 - 1) / 2 ** 30;
	const pick = <T>(items: readonly T[]): T => {
		const item = items[int(0, items.length - 1)];
		if (item === undefined) throw new RangeError('Cannot pick from an empty list');
		return item;
	};
	return { next, int, pick, chance: (p) => next() < p };
}
