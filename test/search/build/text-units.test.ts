/**
 * The corpus as units: folded, whitespace as 0, a 0 after each notice, and each unit's rank.
 */
import { describe, expect, test } from 'vitest';
import { textUnits } from '../../../src/search/build/text-units.ts';

describe('textUnits', () => {
	test('folds each notice unit by unit, breaks and notice ends as 0', () => {
		const { units, starts } = textUnits(['甲　Ａ', '乙']);
		expect([...units]).toEqual([0x7532, 0, 0x61, 0, 0x4e59, 0]);
		expect([...starts]).toEqual([0, 4, 6]);
	});

	test('ranks the distinct units in the order of their codes, breaks unranked', () => {
		// 乙 (U+4E59) before 甲 (U+7532); 甲 twice, ranked once.
		const { ranks, distinct } = textUnits(['甲 乙', '甲']);
		expect(distinct).toBe(2);
		expect([ranks[0x4e59], ranks[0x7532]]).toEqual([0, 1]);
		expect([ranks[0], ranks[0x20], ranks[0x4e00]]).toEqual([-1, -1, -1]);
	});
});
