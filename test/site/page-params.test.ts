import { describe, expect, test } from 'vitest';
import { pageParam, yearPagePaths } from '../../src/lib/listing/page-params.ts';

describe('yearPagePaths', () => {
	test('gives one path per page of each year, the first without a number', () => {
		const years = [{ year: 2026, pages: ['a', 'b'] }, { year: 2025, pages: ['c'] }];
		expect(yearPagePaths(years).map((p) => [p.params.year, p.params.page, p.props.index])).toEqual([
			['2026', undefined, 0],
			['2026', '2', 1],
			['2025', undefined, 0],
		]);
	});

	test('keeps a page for a year with nothing listed, and adds shared params and props', () => {
		const [path, ...rest] = yearPagePaths([{ year: 2024, pages: [] }], { slug: 'nongye' }, { group: 'g' });
		expect(rest).toEqual([]);
		expect(path?.params).toEqual({ slug: 'nongye', year: '2024', page: undefined });
		expect(path?.props.group).toBe('g');
	});

	test('numbers pages from 2 after the first', () => {
		expect([0, 1, 9].map(pageParam)).toEqual([undefined, '2', '10']);
	});
});
