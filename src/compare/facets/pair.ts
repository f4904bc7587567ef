/**
 * Pairing the items of two lists (a's and b's conditions, quotas…) in passes: each pass pairs only
 * what earlier passes left, so a strict rule (same name) runs before a loose one (same phone).
 */

/** Pairs found so far, by index into `a` and `b`. */
export interface Pairing {
	/** `[aIndex, bIndex]` per pair. */
	edges: [number, number][];
	usedA: Set<number>;
	usedB: Set<number>;
}

/** A pairing with no pairs yet. */
export function emptyPairing(): Pairing {
	return { edges: [], usedA: new Set(), usedB: new Set() };
}

/**
 * Pair each unpaired `b` item, in order, with the first unpaired `a` item that `same` accepts.
 * @param a The items of side a.
 * @param b The items of side b.
 * @param same Whether two items are one.
 * @param pairing The pairs of earlier passes (extended in place and returned).
 * @example pairWhere(['x', 'y'], ['y'], (p, q) => p === q).edges // [[1, 0]]
 */
export function pairWhere<A, B>(
	a: readonly A[],
	b: readonly B[],
	same: (x: A, y: B) => boolean,
	pairing: Pairing = emptyPairing(),
): Pairing {
	b.forEach((y, j) => {
		if (pairing.usedB.has(j)) return;
		const i = a.findIndex((x, k) => !pairing.usedA.has(k) && same(x, y));
		if (i >= 0) addEdge(pairing, i, j);
	});
	return pairing;
}

/**
 * Pair greedily best-first: the highest-scoring unpaired couple first, down to `threshold`, so an
 * item goes to its closest partner rather than to the first one that is close enough.
 * @param a The items of side a.
 * @param b The items of side b.
 * @param score How alike two items are, 0–1.
 * @param threshold The lowest score that still pairs.
 * @param pairing The pairs of earlier passes (extended in place and returned).
 * @example pairBest(['ab', 'cd'], ['cd'], similarity, 0.5).edges // [[1, 0]]
 */
export function pairBest<A, B>(
	a: readonly A[],
	b: readonly B[],
	score: (x: A, y: B) => number,
	threshold: number,
	pairing: Pairing = emptyPairing(),
): Pairing {
	const candidates: { i: number; j: number; s: number }[] = [];
	a.forEach((x, i) => {
		if (pairing.usedA.has(i)) return;
		b.forEach((y, j) => {
			if (pairing.usedB.has(j)) return;
			const s = score(x, y);
			if (s >= threshold) candidates.push({ i, j, s });
		});
	});
	// Ties keep reading order (a stable sort), so equal rewordings pair first with first.
	candidates.sort((p, q) => q.s - p.s);
	for (const { i, j } of candidates) {
		if (!pairing.usedA.has(i) && !pairing.usedB.has(j)) addEdge(pairing, i, j);
	}
	return pairing;
}

function addEdge(pairing: Pairing, i: number, j: number): void {
	pairing.edges.push([i, j]);
	pairing.usedA.add(i);
	pairing.usedB.add(j);
}
