import { describe, expect, test } from 'vitest';
import { weightedLcs } from '../../../src/compare/text/weighted-lcs.ts';

describe('weightedLcs', () => {
	test('returns the increasing pairs of greatest total score', () => {
		const a = ['x', 'y', 'z'];
		const b = ['y', 'x', 'z'];
		const score = (i: number, j: number) => (a[i] === b[j] ? (a[i] === 'x' ? 2 : 1) : 0);
		expect(weightedLcs(3, 3, score)).toEqual([
			[0, 1],
			[2, 2],
		]);
	});

	test('never pairs what scores 0', () => {
		expect(weightedLcs(2, 2, () => 0)).toEqual([]);
		expect(weightedLcs(0, 3, () => 1)).toEqual([]);
	});

	test('scores only pairs inside the band', () => {
		const seen: [number, number][] = [];
		weightedLcs(4, 4, (i, j) => (seen.push([i, j]), 1), 0);
		expect(seen.every(([i, j]) => i === j)).toBe(true);
	});
});
