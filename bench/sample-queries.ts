/**
 * Seeded queries drawn from the notices' own text, for the search benchmark: queries of one to
 * three words as a reader types them (consecutive words of a sentence, sometimes two words from
 * different places joined by a space), and literal phrases of 2–12 characters for recall.
 */
import type { SeededRandom } from '../scripts/lib/seeded-random.ts';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** A run of text without whitespace around a random offset of a random text. */
function runAt(texts: readonly string[], random: SeededRandom): string {
	const text = random.pick(texts);
	const at = random.int(0, Math.max(0, text.length - 1));
	const start = text.slice(0, at).search(/\S*$/u);
	const end = at + (text.slice(at).search(/\s|$/u));
	return text.slice(start, end);
}

function words(texts: readonly string[], random: SeededRandom, count: number): string {
	for (;;) {
		const run = [...segmenter.segment(runAt(texts, random))];
		const wordLike = run.map((s, i) => [s, i] as const).filter(([s]) => s.isWordLike === true);
		if (wordLike.length < count) continue;
		const [, first] = random.pick(wordLike.slice(0, wordLike.length - count + 1));
		const picked = run.slice(first, first + count * 2).filter((s) => s.isWordLike === true).slice(0, count);
		const from = picked[0]?.index ?? 0;
		const last = picked.at(-1);
		const phrase = run.map((s) => s.segment).join('').slice(from, (last?.index ?? 0) + (last?.segment.length ?? 0));
		if (phrase.length >= 2) return phrase;
	}
}

/**
 * Queries of one to three words.
 * @param texts The notices' indexed texts.
 * @param random Seeded stream.
 * @param count How many.
 * @example wordQueries(texts, seededRandom(1), 2) // ['申报条件', '智慧农业 2026年度']
 */
export function wordQueries(texts: readonly string[], random: SeededRandom, count: number): string[] {
	return Array.from({ length: count }, () =>
		random.chance(0.3) ? `${words(texts, random, 1)} ${words(texts, random, 1)}` : words(texts, random, random.int(1, 3)),
	);
}

/**
 * Literal phrases of 2–12 characters cut from the texts.
 * @param texts The notices' indexed texts.
 * @param random Seeded stream.
 * @param count How many.
 * @example literalPhrases(texts, seededRandom(1), 1) // ['月15日前将推']
 */
export function literalPhrases(texts: readonly string[], random: SeededRandom, count: number): string[] {
	const phrases: string[] = [];
	while (phrases.length < count) {
		const run = runAt(texts, random);
		const length = random.int(2, 12);
		if (run.length < length) continue;
		const at = random.int(0, run.length - length);
		phrases.push(run.slice(at, at + length));
	}
	return phrases;
}
