/**
 * The order-keeping pairing both alignment levels use: a longest common subsequence where pairs
 * are weighted by how well they match, so 二、申报条件 pairs with 三、申报条件 and not with a
 * heading that merely sits at the same index.
 */

/**
 * Index pairs (i, j), increasing in both, that maximise the sum of `score(i, j)`; pairs scoring 0
 * or less are never made. With `band`, only pairs near the diagonal (|j − i·m/n| ≤ band) are
 * scored, which caps the cost on long runs.
 * @param n Length of the first list.
 * @param m Length of the second list.
 * @param score How well item i of the first matches item j of the second.
 * @param band Optional half-width of the scored band.
 * @example weightedLcs(2, 2, (i, j) => (i === 1 && j === 0 ? 1 : 0)) // [[1, 0]]
 */
export function weightedLcs(
	n: number,
	m: number,
	score: (i: number, j: number) => number,
	band = Infinity,
): [number, number][] {
	const scores = new Float64Array(n * m);
	const best = new Float64Array((n + 1) * (m + 1));
	const width = m + 1;
	for (let i = n - 1; i >= 0; i--) {
		const centre = n === 0 ? 0 : (i * m) / n;
		for (let j = m - 1; j >= 0; j--) {
			const s = Math.abs(j - centre) <= band ? score(i, j) : 0;
			scores[i * m + j] = s;
			const take = s > 0 ? s + (best[(i + 1) * width + j + 1] ?? 0) : 0;
			best[i * width + j] = Math.max(take, best[(i + 1) * width + j] ?? 0, best[i * width + j + 1] ?? 0);
		}
	}
	return backtrack(n, m, scores, best);
}

/** Walks the table from the top left, taking a pair wherever it is part of the best sum. */
function backtrack(n: number, m: number, scores: Float64Array, best: Float64Array): [number, number][] {
	const pairs: [number, number][] = [];
	const width = m + 1;
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		const s = scores[i * m + j] ?? 0;
		const here = best[i * width + j] ?? 0;
		if (s > 0 && here === s + (best[(i + 1) * width + j + 1] ?? 0)) pairs.push([i++, j++]);
		else if (here === (best[(i + 1) * width + j] ?? 0)) i++;
		else j++;
	}
	return pairs;
}
