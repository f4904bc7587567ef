/**
 * How alike two Chinese clauses are, for pairing conditions, attachments and sentences that were
 * reworded: the Dice coefficient of their character bigrams, punctuation and spacing ignored.
 */

// Punctuation and spacing carry no meaning for pairing: 、，。；：（）“”and their ASCII kin.
const NOISE = /[\s\p{P}\p{S}]/gu;

/**
 * The multiset of a text's character bigrams (a one-character text is its own bigram).
 * @param text Any text.
 * @example bigrams('申报条件') // Map { '申报' => 1, '报条' => 1, '条件' => 1 }
 */
export function bigrams(text: string): Map<string, number> {
	const chars = [...text.replace(NOISE, '')];
	const counts = new Map<string, number>();
	const grams = chars.length === 1 ? chars : chars.slice(1).map((c, i) => `${chars[i] ?? ''}${c}`);
	for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
	return counts;
}

/**
 * Similarity of two texts from 0 (nothing shared) to 1 (same characters in the same pairs).
 * @param a A text, or its bigrams when called many times.
 * @param b Another.
 * @example similarity('不超过3个', '不超过5个') // 0.5
 */
export function similarity(a: string | Map<string, number>, b: string | Map<string, number>): number {
	const ga = typeof a === 'string' ? bigrams(a) : a;
	const gb = typeof b === 'string' ? bigrams(b) : b;
	let size = 0;
	let shared = 0;
	for (const n of ga.values()) size += n;
	for (const [gram, n] of gb) {
		size += n;
		shared += Math.min(n, ga.get(gram) ?? 0);
	}
	return size === 0 ? 1 : (2 * shared) / size;
}
