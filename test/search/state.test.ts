import { describe, expect, test } from 'vitest';
import type { DocTable } from '../../src/search/doc-table.ts';
import { facetCounts, passing } from '../../src/search/facet-counts.ts';
import { formatSearchState, parseSearchState, type SearchState } from '../../src/search/search-state.ts';

const table: DocTable = {
	count: 3,
	values: { region: ['全国', '辽宁省'], level: ['国家级', '省级'], year: ['2025', '2026'], domain: ['农业农村', '消费品'] },
	facets: {
		region: [[0], [1], [1]],
		level: [[0], [1], [1]],
		year: [[1], [1], [0]],
		domain: [[0, 1], [0], [1]],
	},
	deadlines: ['2026-06-30', '2026-05-20', null],
	forRecommenders: [false, true, false],
};
const state = (overrides: Partial<SearchState> = {}): SearchState => ({
	query: '申报',
	facets: { region: [], level: [], year: [], domain: [] },
	status: [],
	sort: 'relevance',
	...overrides,
});

describe('parseSearchState and formatSearchState', () => {
	test('return each other', () => {
		const params = new URLSearchParams('q=智慧农业&region=辽宁省&region=全国&status=open&sort=deadline');
		const parsed = parseSearchState(params);
		expect(parsed).toEqual(state({ query: '智慧农业', facets: { region: ['辽宁省', '全国'], level: [], year: [], domain: [] }, status: ['open'], sort: 'deadline' }));
		expect(formatSearchState(parsed).toString()).toBe(params.toString());
	});

	test('drop unknown statuses and sorts', () => {
		expect(parseSearchState(new URLSearchParams('status=maybe&sort=random'))).toEqual(state({ query: '' }));
	});
});

describe('facetCounts', () => {
	test('counts each facet over the notices that pass the other facets', () => {
		const counts = facetCounts(table, [0, 1, 2], state({ facets: { region: ['辽宁省'], level: [], year: [], domain: [] } }), '2026-06-01');
		expect(counts.region).toEqual(new Map([['全国', 1], ['辽宁省', 2]]));
		expect(counts.year).toEqual(new Map([['2026', 1], ['2025', 1]]));
		expect(counts.status).toEqual(new Map([['closed', 1], ['none', 1]]));
	});

	test('leaves out a notice failing two selections, and counts one failing one only for that facet', () => {
		// Notice 0 passes both; notice 1 fails the region only; notice 2 fails the region and the year.
		const counts = facetCounts(table, [0, 1, 2], state({ facets: { region: ['全国'], level: [], year: ['2026'], domain: [] } }), '2026-06-01');
		expect(counts.region).toEqual(new Map([['全国', 1], ['辽宁省', 1]]));
		expect(counts.year).toEqual(new Map([['2026', 1]]));
		expect(counts.level).toEqual(new Map([['国家级', 1]]));
	});

	test('counts nothing for a facet whose only ticked value no notice has', () => {
		const counts = facetCounts(table, [0, 1, 2], state({ facets: { region: ['上海市'], level: [], year: [], domain: [] } }), '2026-06-01');
		expect(counts.region).toEqual(new Map([['全国', 1], ['辽宁省', 2]]));
		expect(counts.level).toEqual(new Map());
	});

	test('passing keeps a notice with any selected value of a facet, in every facet', () => {
		const selection = state({ facets: { region: [], level: [], year: [], domain: ['消费品', '农业农村'] }, status: ['open'] });
		expect([0, 1, 2].filter(passing(table, selection, '2026-06-01'))).toEqual([0]);
	});
});

describe('passing with 状态', () => {
	test('keeps the notices whose deadline is on the selected side of today, or has none', () => {
		// The page filters from the doc table alone (no Pagefind filter search): 2026-05-20 is closed on 2026-06-01.
		const selection = state({ facets: { region: ['辽宁省'], level: [], year: [], domain: [] }, status: ['closed', 'none'] });
		expect([0, 1, 2].filter(passing(table, selection, '2026-06-01'))).toEqual([1, 2]);
		expect([0, 1, 2].filter(passing(table, { ...selection, status: ['open'] }, '2026-05-20'))).toEqual([1]);
	});
});
