import { describe, expect, test } from 'vitest';
import { compareFacets } from '../../../src/compare/facets/index.ts';
import { readTaxonomy } from '../../../scripts/lib/read-taxonomy.ts';
import type { FacetComparison } from '../../../src/compare/types.ts';
import type { NoticeRecord } from '../../../src/schemas/notice.ts';
import { readNotice } from '../../helpers/read-notice.ts';
import { record } from '../../helpers/record.ts';

const taxonomy = readTaxonomy('content/domains');

function compare(idA: string, idB: string) {
	const a = readNotice(idA);
	const b = readNotice(idB);
	return { a, b, facets: compareFacets(a, b, taxonomy) };
}

// Every change has the sides its status says, kept is never substantive, and each list holds every
// item of b once, in b's order, and every item of a.
function expectConsistent(a: NoticeRecord, b: NoticeRecord, facets: FacetComparison) {
	const lists = ['domains', 'quotas', 'deadlines', 'conditions', 'contacts', 'attachments'] as const;
	for (const facet of lists) {
		const changes: readonly { status: string; a: unknown; b: unknown; substantive: boolean }[] = facets[facet];
		for (const change of changes) {
			expect(change.a === null, `${facet} ${change.status}`).toBe(change.status === 'added');
			expect(change.b === null, `${facet} ${change.status}`).toBe(change.status === 'removed');
			if (change.status === 'kept') expect(change.substantive, `${facet} kept`).toBe(false);
		}
		const bItems = changes.filter((c) => c.b !== null).map((c) => c.b);
		// Only a domain of b may stand on two rows (met by two of a's domains).
		if (facet !== 'domains') expect(bItems, facet).toHaveLength(b[facet].length);
		expect([...new Set(bItems)], facet).toEqual(b[facet]);
		const aItems: readonly unknown[] = a[facet];
		expect(new Set(changes.map((c) => c.a).filter((x) => x !== null)), facet).toEqual(new Set(aItems));
	}
}

describe('compareFacets', () => {
	test('returns national 2023 → 2026: moved deadline, new caps and domains, another period', () => {
		const { a, b, facets } = compare('national-2023-pilot-demonstration', 'national-2026-pilot-call');
		expectConsistent(a, b, facets);
		const moved = facets.deadlines.find((d) => d.a?.date === '2023-08-15');
		expect(moved).toMatchObject({ status: 'changed', b: { date: '2026-06-30' }, substantive: true, dateOnly: false });
		expect(moved?.days).toBe((Date.UTC(2026, 5, 30) - Date.UTC(2023, 7, 15)) / 86_400_000);
		for (const quota of b.quotas) {
			const change = facets.quotas.find((q) => q.b === quota);
			expect(['added', 'changed'], quota.text).toContain(change?.status);
			expect(change?.substantive).toBe(true);
		}
		expect(facets.period).toMatchObject({ status: 'changed', a: { years: 2 }, b: { from: 2027, to: 2028 } });
		const added = facets.domains.filter((d) => d.status === 'added').flatMap((d) => d.canonical.map((e) => e.id));
		expect(added).toEqual(expect.arrayContaining(['agriculture', 'consumer-goods', 'high-tech']));
	});

	test('returns Tianjin 2025 → Liaoning 2026 with domains met through the taxonomy', () => {
		const { a, b, facets } = compare('tianjin-2025-municipal-pilot-recommendation', 'liaoning-2026-pilot-recommendation');
		expectConsistent(a, b, facets);
		const byId = (id: string) => facets.domains.find((d) => d.canonical.some((e) => e.id === id));
		expect(byId('high-tech')).toMatchObject({ status: 'kept', a: { name: '高技术领域' }, b: { name: '高新技术' } });
		expect(byId('agriculture')).toMatchObject({ status: 'kept', a: { name: '智慧农业领域' } });
		expect(byId('services')).toMatchObject({ a: { name: '服务业领域' }, b: { name: '服务业' } });
		expect(byId('carbon')?.status).toBe('removed');
		const yearly = facets.deadlines.find((d) => d.kind === 'report');
		expect(yearly).toMatchObject({ status: 'changed', days: 15, a: { date: '--11-15' }, b: { date: '--11-30' } });
	});

	test('returns Shanghai 2023 → Yubei 2023 with a reworded condition redlined', () => {
		const { a, b, facets } = compare('shanghai-2023-municipal-pilot-call', 'chongqing-yubei-2023-municipal-pilot-demonstration');
		expectConsistent(a, b, facets);
		const paired = facets.domains.filter((d) => d.a !== null && d.b !== null).flatMap((d) => d.canonical.map((e) => e.id));
		expect(paired).toEqual(['services', 'social-management', 'agriculture']);
		expect(facets.deadlines).toMatchObject([{ status: 'changed', action: '推荐上报', days: 88 }]);
		const reworded = facets.conditions.filter((c) => c.status === 'changed');
		expect(reworded.length).toBeGreaterThan(0);
		for (const c of reworded) expect(c.redline?.some((p) => p.added === true || p.removed === true)).toBe(true);
	});

	test('returns nothing but kept items for one record against itself', () => {
		const notice = readNotice('national-2026-pilot-call');
		const facets = compareFacets(notice, notice, taxonomy);
		expectConsistent(notice, notice, facets);
		const lists = [facets.domains, facets.quotas, facets.deadlines, facets.conditions, facets.contacts, facets.attachments];
		expect(lists.flat().every((c) => c.status === 'kept')).toBe(true);
		expect(facets.period?.status).toBe('kept');
	});

	test('returns empty lists and no period for empty records', () => {
		expect(compareFacets(record(), record(), taxonomy)).toEqual({
			programmes: [],
			domains: [],
			quotas: [],
			deadlines: [],
			conditions: [],
			contacts: [],
			attachments: [],
			period: null,
		});
	});
});
