/**
 * Every occurrence of every leaf. A leaf is a gram of two or more units that is not frequent
 * while the gram one unit shorter at its start (a forward leaf) or at its end (a backward leaf)
 * is, or a bigram that is not frequent. At each offset the forward leaf is the shortest gram that
 * starts there and is not frequent; at each end the backward leaf is the shortest one that ends
 * there. A gram that is a leaf one way is that leaf at every one of its occurrences, so each
 * leaf's list is complete: src/search/README.md has the proof that any query that is not frequent
 * is covered end to end by its own leaves.
 */
import { gramAt } from './gram-at.ts';
import type { TextUnits } from './text-units.ts';

/**
 * Leaves and their occurrences as unit offsets into the corpus, each list ascending.
 * @param text The corpus units.
 * @param depth From frequentGrams: the longest frequent gram at each offset.
 * @example leafPostings(textUnits(['甲乙丙']), new Uint8Array(4)) // Map { '甲乙' => [0], '乙丙' => [1] }
 */
export function leafPostings(text: TextUnits, depth: Uint8Array): Map<string, number[]> {
	const { units } = text;
	const leaves = new Map<string, number[]>();
	const add = (start: number, length: number) => {
		const gram = gramAt(units, start, length);
		const list = leaves.get(gram);
		if (list === undefined) leaves.set(gram, [start]);
		else list.push(start);
	};
	// Forward: the gram one unit longer than the longest frequent one at p.
	for (let p = 0; p + 1 < units.length; p++) {
		const length = Math.max(depth[p] ?? 0, 1) + 1;
		if (units[p] !== 0 && units[p + 1] !== 0 && units[p + length - 1] !== 0) add(p, length);
	}
	// Backward: the gram one unit longer than the longest frequent one ending at e, unless its
	// first part is frequent too, which makes it a forward leaf listed above.
	for (let e = 2; e <= units.length; e++) {
		let longest = 1;
		while (e - longest - 1 >= 0 && (depth[e - longest - 1] ?? 0) >= longest + 1) longest++;
		const start = e - longest - 1;
		if (longest < 2 || start < 0 || units[start] === 0 || (depth[start] ?? 0) >= longest) continue;
		add(start, longest + 1);
	}
	return leaves;
}
