import { describe, expect, test } from 'vitest';
import { lastItems, paginate } from '../../src/lib/listing/paginate.ts';

const first = (s: string) => s[0];

describe('paginate', () => {
	test('returns pages of at most the size, in order', () => {
		expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(paginate([1, 2], 5)).toEqual([[1, 2]]);
	});

	test('returns no page for an empty list', () => {
		expect(paginate([], 3)).toEqual([]);
	});

	test('keeps a group whole when it fits on a page', () => {
		expect(paginate(['a1', 'b1', 'b2'], 2, first)).toEqual([['a1'], ['b1', 'b2']]);
		expect(paginate(['a1', 'a2', 'b1', 'c1', 'c2'], 3, first)).toEqual([
			['a1', 'a2', 'b1'],
			['c1', 'c2'],
		]);
	});

	test('cuts a group larger than a page, and its rest shares a page with the next group', () => {
		expect(paginate(['a1', 'b1', 'b2', 'b3', 'c1'], 2, first)).toEqual([
			['a1'],
			['b1', 'b2'],
			['b3', 'c1'],
		]);
	});

	test('throws on a size that is not a whole number of at least 1', () => {
		expect(() => paginate([1], 0)).toThrow('Cannot page with `0` items a page');
		expect(() => paginate([1], 1.5)).toThrow('expected a whole number ≥ 1');
	});

	test('returns every item once and splits only groups larger than a page, on 10,000 items', () => {
		const items = Array.from({ length: 10_000 }, (_, i) => ({ i, day: Math.floor(Math.sqrt(i * 37)) }));
		const size = 250;
		const pages = paginate(items, size, (item) => item.day);
		expect(pages.flat()).toEqual(items);
		expect(Math.max(...pages.map((page) => page.length))).toBeLessThanOrEqual(size);
		pages.slice(1).forEach((page, index) => {
			const before = pages[index]?.at(-1);
			const split = before !== undefined && page[0]?.day === before.day;
			if (split) expect(items.filter((item) => item.day === before.day).length).toBeGreaterThan(size);
		});
	});
});

describe('lastItems', () => {
	test('returns the last items without a group cut at their start', () => {
		expect(lastItems(['a1', 'b1', 'b2', 'c1'], 3, first)).toEqual(['b1', 'b2', 'c1']);
		expect(lastItems(['a1', 'a2', 'b1'], 2, first)).toEqual(['b1']);
	});

	test('returns the whole list when it fits', () => {
		expect(lastItems(['a1', 'a2'], 5, first)).toEqual(['a1', 'a2']);
	});

	test('returns the cut tail when one group is all the tail holds', () => {
		expect(lastItems(['a1', 'a2', 'a3'], 2, first)).toEqual(['a2', 'a3']);
	});
});
