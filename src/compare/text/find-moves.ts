/**
 * Sentences removed in one place and added in another, anywhere in the notice, paired as moves.
 * Exact keys meet through a map; near ones (≥ MOVE_MATCH) only among candidates of a compatible
 * length, at most MAX_CANDIDATES each, so unrelated notices do not cost O(n²) similarities.
 */
import { similarity } from '../similarity.ts';
import { unitGrams, type Unit } from './model.ts';

// Near moves are rare; a sentence with more look-alikes than this is boilerplate, not a move.
const MAX_CANDIDATES = 64;
// Dice ≥ t needs the shorter bigram list to be at least t / (2 − t) of the longer (0.82 for
// t = 0.9). Keys count punctuation too, which bigrams skip, hence some slack on that bound.
const LENGTH_SLACK = 0.1;

/**
 * Pairs free removed units with free added ones as moves, numbering each from `firstId`.
 * @param removed Units of the first notice not yet paired, in order.
 * @param added Units of the second, in order.
 * @param minSimilarity 1 for identical keys only.
 * @param firstId The moveId to give the first move.
 * @returns The next free moveId.
 * @example findMoves(units('甲。'), units('甲。'), 1, 1) // 2, and both units have moveId 1
 */
export function findMoves(removed: Unit[], added: Unit[], minSimilarity: number, firstId: number): number {
	const free = added.filter((u) => u.partner === undefined).sort((x, y) => x.key.length - y.key.length);
	let id = firstId;
	for (const unit of removed) {
		if (unit.partner !== undefined) continue;
		const match = minSimilarity >= 1 ? exact(unit, free) : nearest(unit, free, minSimilarity);
		if (match === undefined) continue;
		unit.partner = match;
		match.partner = unit;
		unit.moveId = id;
		match.moveId = id++;
	}
	return id;
}

function exact(unit: Unit, free: Unit[]): Unit | undefined {
	const from = firstWithLength(free, unit.key.length);
	for (let i = from; i < free.length && free[i]?.key.length === unit.key.length; i++) {
		const candidate = free[i];
		if (candidate?.partner === undefined && candidate?.key === unit.key) return candidate;
	}
	return undefined;
}

function nearest(unit: Unit, free: Unit[], minSimilarity: number): Unit | undefined {
	const ratio = minSimilarity / (2 - minSimilarity) - LENGTH_SLACK;
	const max = unit.key.length / ratio;
	let best: Unit | undefined;
	let bestScore = minSimilarity;
	let tried = 0;
	const from = firstWithLength(free, unit.key.length * ratio);
	for (let i = from; i < free.length && tried < MAX_CANDIDATES; i++) {
		const candidate = free[i];
		if (candidate === undefined || candidate.key.length > max) break;
		if (candidate.partner !== undefined) continue;
		tried++;
		const score = similarity(unitGrams(unit), unitGrams(candidate));
		if (score >= bestScore) [best, bestScore] = [candidate, score];
	}
	return best;
}

/** Binary search: the first index whose key is at least `length` long. */
function firstWithLength(sorted: Unit[], length: number): number {
	let [low, high] = [0, sorted.length];
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((sorted[mid]?.key.length ?? Infinity) < length) low = mid + 1;
		else high = mid;
	}
	return sorted.length === 0 ? 0 : low;
}
