/**
 * The order every facet list is reported in: `b`'s order, with what only `a` has placed where it
 * stood in `a`, so a reader scanning the newer notice sees each removal next to its old neighbours.
 */

/** One row of a facet list: an item of `b` only, of `a` only, or a pair; with its indexes. */
export type Row<A, B> =
	| { kind: 'added'; i: null; j: number; x: null; y: B }
	| { kind: 'removed'; i: number; j: null; x: A; y: null }
	| { kind: 'paired'; i: number; j: number; x: A; y: B };

/**
 * Rows for two lists and the pairs between them (a pair may share an item with another pair, as a
 * joined domain does).
 * @param a The items of side a.
 * @param b The items of side b.
 * @param edges `[aIndex, bIndex]` pairs.
 * @example inBOrder(['x', 'y'], ['y'], [[1, 0]]).map((r) => r.kind) // ['removed', 'paired']
 */
export function inBOrder<A, B>(a: readonly A[], b: readonly B[], edges: readonly [number, number][]): Row<A, B>[] {
	const paired = new Set(edges.map(([i]) => i));
	const removed = [...a.entries()].filter(([i]) => !paired.has(i));
	const rows: Row<A, B>[] = [];
	const flushRemovedBefore = (limit: number) => {
		while (removed[0] !== undefined && removed[0][0] < limit) {
			const [i, x] = removed[0];
			removed.shift();
			rows.push({ kind: 'removed', i, j: null, x, y: null });
		}
	};
	b.forEach((y, j) => {
		const partners = edges.filter(([, k]) => k === j).map(([i]) => i);
		if (partners.length === 0) rows.push({ kind: 'added', i: null, j, x: null, y });
		for (const i of partners.sort((p, q) => p - q)) {
			const x = a[i];
			if (x === undefined) continue;
			flushRemovedBefore(i);
			rows.push({ kind: 'paired', i, j, x, y });
		}
	});
	flushRemovedBefore(Infinity);
	return rows;
}
