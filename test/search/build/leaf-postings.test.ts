/**
 * The leaf walk on texts small enough to list every leaf by hand (frequent: more than `over`
 * occurrences; 0 in the units is a break).
 */
import { describe, expect, test } from 'vitest';
import { frequentGrams } from '../../../src/search/build/frequent-grams.ts';
import { leafPostings } from '../../../src/search/build/leaf-postings.ts';
import { textUnits } from '../../../src/search/build/text-units.ts';

const leavesOf = (texts: string[], over: number) => {
	const text = textUnits(texts);
	return leafPostings(text, frequentGrams(text, over));
};

describe('frequentGrams', () => {
	test('links each gram to its prefix and each offset to its longest gram, grams by length and text', () => {
		// 甲乙, 乙丙 and 甲乙丙 occur three times each; 丁甲 once. 乙 (U+4E59) sorts before 甲 (U+7532).
		const { grams, depth, longest } = frequentGrams(textUnits(['甲乙丙 甲乙丙 丁甲乙丙']), 2);
		expect(grams.map((gram) => [gram.text, gram.prefix])).toEqual([
			['乙丙', -1],
			['甲乙', -1],
			['甲乙丙', 1],
		]);
		expect([...depth.subarray(8, 12)]).toEqual([0, 3, 2, 0]);
		expect([...longest.subarray(8, 12)]).toEqual([-1, 2, 0, -1]);
	});
});

describe('leafPostings', () => {
	test('lists bigram, forward and backward leaves with every offset', () => {
		// Only 甲乙 is frequent. Forward: 甲乙丙, 甲乙丁 (after 甲乙) and the bigrams that are not
		// frequent; backward: 丙甲乙 (before 甲乙, and 丙甲 is not frequent).
		expect(leavesOf(['甲乙丙甲乙丁'], 1)).toEqual(
			new Map([
				['甲乙丙', [0]],
				['乙丙', [1]],
				['丙甲', [2]],
				['甲乙丁', [3]],
				['乙丁', [4]],
				['丙甲乙', [2]],
			]),
		);
	});

	test('tells apart backward leaves whose frequent suffixes start at the same offset', () => {
		// At 甲 (offset 9) the longest frequent gram is 甲乙丙: 丁甲乙 ends inside it and 丁甲乙丙 with
		// it, two leaves at offset 8; grams never span the breaks.
		expect(leavesOf(['甲乙丙 甲乙丙 丁甲乙丙'], 2)).toEqual(
			new Map([
				['丁甲', [8]],
				['丁甲乙', [8]],
				['丁甲乙丙', [8]],
			]),
		);
	});

	test('collects a leaf from every notice, offsets ascending', () => {
		expect(leavesOf(['甲乙', '丙甲乙'], 2)).toEqual(
			new Map([
				['甲乙', [0, 4]],
				['丙甲', [3]],
			]),
		);
	});
});
