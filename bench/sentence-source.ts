/**
 * An endless supply of notice-like sentences: the real notices' sentences first, in a seeded
 * order, then new ones recombined from their clauses (cut at ，), so no sentence repeats by chance.
 */
import type { NoticeMaterial } from './notice-material.ts';
import type { SeededRandom } from '../scripts/lib/seeded-random.ts';

/**
 * A function returning a fresh sentence on each call.
 * @param material The real notices' sentences.
 * @param random The seeded stream.
 * @example const next = sentenceSource(material, seededRandom(1)); next() // '申报单位应具备独立法人资格。'
 */
export function sentenceSource(material: NoticeMaterial, random: SeededRandom): () => string {
	const queue = shuffle(material.sentences, random);
	const clauses = material.sentences.flatMap((s) => s.replace(/[。；！？]$/u, '').split('，'));
	const seen = new Set(queue);
	return () => {
		const next = queue.pop();
		if (next !== undefined) return next;
		for (;;) {
			const count = random.int(2, 4);
			const sentence = `${Array.from({ length: count }, () => random.pick(clauses)).join('，')}。`;
			if (!seen.has(sentence)) {
				seen.add(sentence);
				return sentence;
			}
		}
	};
}

function shuffle<T>(items: readonly T[], random: SeededRandom): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = random.int(0, i);
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}
