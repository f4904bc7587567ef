import { describe, expect, test } from 'vitest';
import { countChanges } from '../../src/compare/counts.ts';
import { compareFacets } from '../../src/compare/facets/index.ts';
import { readTaxonomy } from '../../scripts/lib/read-taxonomy.ts';
import type { SentencePair, TextRedline } from '../../src/compare/types.ts';
import { readNotice } from '../helpers/read-notice.ts';
import { record } from '../helpers/record.ts';

const taxonomy = readTaxonomy('content/domains');
const noText: TextRedline = { sections: [], fellBack: false };
const zero = { all: 0, substantive: 0 };

describe('countChanges', () => {
	test('returns zero counts for a notice against itself', () => {
		const notice = readNotice('tianjin-2025-municipal-pilot-recommendation');
		expect(countChanges(compareFacets(notice, notice, taxonomy), noText)).toEqual({
			programmes: zero,
			domains: zero,
			quotas: zero,
			deadlines: zero,
			conditions: zero,
			contacts: zero,
			attachments: zero,
			period: zero,
			text: zero,
		});
	});

	test('counts changed items and, apart, the substantive ones', () => {
		const a = record({
			deadlines: [
				{ date: '2025-05-31', text: '5月底前提交总结材料' },
				{ date: '2025-06-15', text: '6月15日前完成自我评价' },
			],
			period: { years: 2 },
		});
		const b = record({
			deadlines: [
				{ date: '2026-05-31', text: '5月底前提交总结材料' },
				{ date: '2025-06-30', text: '6月30日前完成自我评价' },
			],
			period: { years: 2 },
		});
		const counts = countChanges(compareFacets(a, b, taxonomy), noText);
		expect(counts.deadlines).toEqual({ all: 2, substantive: 1 });
		expect(counts.period).toEqual(zero);
	});

	test('counts the text sentence pairs that are not equal', () => {
		const pair = (status: SentencePair['status'], substantive: boolean): SentencePair => ({
			status,
			a: 'a',
			b: 'b',
			parts: null,
			substantive,
		});
		const text: TextRedline = {
			sections: [
				{ status: 'changed', a: null, b: null, sentences: [pair('equal', false), pair('changed', true)] },
				{ status: 'changed', a: null, b: null, sentences: [pair('changed', false), pair('moved', true)] },
			],
			fellBack: false,
		};
		expect(countChanges(compareFacets(record(), record(), taxonomy), text).text).toEqual({ all: 3, substantive: 2 });
	});
});
