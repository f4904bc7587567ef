/**
 * How alike two Chinese clauses are, for pairing conditions, attachments and sentences that were
 * reworded: the Dice coefficient of their character bigrams, punctuation and spacing ignored.
 */

// Punctuation and spacing carry no meaning for pairing: 、，。；：（）“”and their ASCII kin.
const NOISE = /^[\s\p{P}\p{S}]$/u;
// Whether each BMP character is noise (1) or not (2), looked up once each: 0 until then.
const noiseTable = new Uint8Array(0x10000);

function isNoise(point: number): boolean {
	if (point > 0xffff) return NOISE.test(String.fromCodePoint(point));
	let known = noiseTable[point] ?? 0;
	if (known === 0) {
		known = NOISE.test(String.fromCharCode(point)) ? 1 : 2;
		noiseTable[point] = known;
	}
	return known === 1;
}

/**
 * A text's character bigrams as a sorted multiset of numbers: two code points `x`, `y` as
 * `x · 0x110000 + y` (below 2^53, so exact), a one-character text as its own gram `−(x + 1)`.
 * Numbers, not two-character strings in a Map: a comparison builds these for every sentence and
 * section, and sorted numbers meet in one merge (similarity) without a string or hash per gram.
 */
export type Bigrams = Float64Array;

// Bigrams already built, by text: a corpus repeats its sentences and sections (a call's wording in
// every notice forwarding it, each notice in several comparisons). Over the comparison pages of
// 3,000 synthetic sources, 168,116 texts (12.6 M characters) were 9,485 distinct (2.1 M). Emptied
// past HELD_LIMIT characters, so a long build or a worker holds at most ~32 MB of them.
const known = new Map<string, Bigrams>();
const HELD_LIMIT = 4_000_000;
let held = 0;

/** Drop the kept bigrams (see forgetTexts in ./index.ts). */
export function forgetBigrams(): void {
	known.clear();
	held = 0;
}

/**
 * The multiset of a text's character bigrams (a one-character text is its own bigram), sorted;
 * shared between callers, so read-only.
 * @param text Any text.
 * @example bigrams('申报条件').length // 3 (申报, 报条, 条件)
 */
export function bigrams(text: string): Bigrams {
	let grams = known.get(text);
	if (grams === undefined) {
		if (held + text.length > HELD_LIMIT) {
			known.clear();
			held = 0;
		}
		grams = countBigrams(text);
		known.set(text, grams);
		held += text.length;
	}
	return grams;
}

function countBigrams(text: string): Bigrams {
	const points: number[] = [];
	for (let i = 0; i < text.length; ) {
		const point = text.codePointAt(i) ?? 0;
		if (!isNoise(point)) points.push(point);
		i += point > 0xffff ? 2 : 1;
	}
	if (points.length === 1) return Float64Array.of(-((points[0] ?? 0) + 1));
	const grams = new Float64Array(Math.max(0, points.length - 1));
	for (let i = 1; i < points.length; i++) grams[i - 1] = (points[i - 1] ?? 0) * 0x110000 + (points[i] ?? 0);
	return grams.sort();
}

/**
 * Similarity of two texts from 0 (nothing shared) to 1 (same characters in the same pairs).
 * @param a A text, or its bigrams when called many times.
 * @param b Another.
 * @example similarity('不超过3个', '不超过5个') // 0.5
 */
export function similarity(a: string | Bigrams, b: string | Bigrams): number {
	const ga = typeof a === 'string' ? bigrams(a) : a;
	const gb = typeof b === 'string' ? bigrams(b) : b;
	const size = ga.length + gb.length;
	// Shared grams of the two multisets (each gram counted as often as the rarer side has it).
	let shared = 0;
	let i = 0;
	let j = 0;
	while (i < ga.length && j < gb.length) {
		const x = ga[i] as number;
		const y = gb[j] as number;
		if (x === y) {
			shared++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	return size === 0 ? 1 : (2 * shared) / size;
}
