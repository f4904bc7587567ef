/**
 * How to answer one query term from the index. A frequent term has its notices listed outright.
 * Any other term is covered end to end by leaves that are its own substrings: the forward leaf at
 * each offset (shortest part starting there that is not frequent) and the backward leaf at its end
 * (shortest part ending there that is not frequent). The forward leaves at offsets 0 … b all fit
 * inside the term, where b is where the backward leaf starts, because the term's tail from any of
 * those offsets contains that leaf and so is not frequent either; together they reach b + 2, and
 * the backward leaf covers b … end. The occurrences of the term are then exactly the offsets where
 * every chosen leaf occurs at its place.
 */

/** A leaf of the term and its offset in the term. */
export interface CoverLeaf {
	at: number;
	gram: string;
}

/** The plan for one term of two or more units. */
export type TermCover = { frequent: true } | { frequent: false; leaves: CoverLeaf[] };

/**
 * Plan a term.
 * @param term A folded term without whitespace, two or more units.
 * @param isFrequent Whether a substring (two or more units) is frequent, from the dict shards.
 * @example termCover('甲乙丙', () => false) // { frequent: false, leaves: [{ at: 0, gram: '甲乙' }, { at: 1, gram: '乙丙' }] }
 */
export function termCover(term: string, isFrequent: (gram: string) => boolean): TermCover {
	if (isFrequent(term)) return { frequent: true };
	const n = term.length;
	// The backward leaf: one unit more than the longest frequent suffix (at least a bigram).
	let suffix = 1;
	while (suffix + 1 < n && isFrequent(term.slice(n - suffix - 1))) suffix++;
	const backward: CoverLeaf = { at: n - suffix - 1, gram: term.slice(n - suffix - 1) };
	const forwardAt = (at: number): CoverLeaf => {
		let prefix = 1;
		while (at + prefix + 1 <= n && isFrequent(term.slice(at, at + prefix + 1))) prefix++;
		return { at, gram: term.slice(at, at + prefix + 1) };
	};
	const leaves: CoverLeaf[] = [];
	let reach = 0;
	while (reach < n) {
		if (backward.at <= reach) {
			leaves.push(backward);
			break;
		}
		// Of the forward leaves starting within the covered part, the one reaching furthest.
		let best: CoverLeaf | undefined;
		for (let at = 0; at <= Math.min(reach, backward.at); at++) {
			const leaf = forwardAt(at);
			if (best === undefined || at + leaf.gram.length > best.at + best.gram.length) best = leaf;
		}
		if (best === undefined) break;
		leaves.push(best);
		reach = best.at + best.gram.length;
	}
	return { frequent: false, leaves };
}
