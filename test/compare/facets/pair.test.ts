import { describe, expect, test } from 'vitest';
import { inBOrder } from '../../../src/compare/facets/in-b-order.ts';
import { pairBest, pairWhere } from '../../../src/compare/facets/pair.ts';
import { similarity } from '../../../src/compare/similarity.ts';

describe('pairWhere', () => {
	test('pairs each b item with the first unpaired a item that matches', () => {
		expect(pairWhere(['x', 'y', 'y'], ['y', 'y', 'z'], (p, q) => p === q).edges).toEqual([
			[1, 0],
			[2, 1],
		]);
	});

	test('leaves pairs of earlier passes alone', () => {
		const first = pairWhere(['ab', 'ac'], ['ac'], (p, q) => p === q);
		expect(pairWhere(['ab', 'ac'], ['ac'], (p, q) => p[0] === q[0], first).edges).toEqual([[1, 0]]);
	});
});

describe('pairBest', () => {
	test('gives an item to its closest partner, not the first one close enough', () => {
		const a = ['申报单位具有独立法人资格', '申报单位具有独立法人资格并自愿申报'];
		expect(pairBest(a, ['申报单位具有独立法人资格，自愿申报'], similarity, 0.4).edges).toEqual([[1, 0]]);
	});

	test('pairs nothing below the threshold', () => {
		expect(pairBest(['信用良好'], ['标准化工作基础'], similarity, 0.4).edges).toEqual([]);
	});
});

describe('inBOrder', () => {
	test('lists b in order with a removed item where it stood in a', () => {
		const rows = inBOrder(['x', 'gone', 'y'], ['new', 'x', 'y'], [[0, 1], [2, 2]]);
		expect(rows.map((r) => [r.kind, r.x, r.y])).toEqual([
			['added', null, 'new'],
			['paired', 'x', 'x'],
			['removed', 'gone', null],
			['paired', 'y', 'y'],
		]);
	});

	test('puts removed items after the last pair', () => {
		expect(inBOrder(['x', 'gone'], ['x'], [[0, 0]]).map((r) => r.kind)).toEqual(['paired', 'removed']);
	});

	test('gives a row to each pair of an item paired twice', () => {
		const rows = inBOrder(['joined'], ['one', 'two'], [[0, 0], [0, 1]]);
		expect(rows.map((r) => [r.kind, r.x, r.y])).toEqual([
			['paired', 'joined', 'one'],
			['paired', 'joined', 'two'],
		]);
	});
});
