/**
 * The whole comparison on real notices: facets, text, counts and summary agree with each other,
 * and the rendered page holds exactly one focusable change per counted change.
 */
import { describe, expect, test } from 'vitest';
import { compareNotices } from '../../src/compare/index.ts';
import { effectiveFacts } from '../../src/compare/inherit/effective-facts.ts';
import { readTaxonomy } from '../../scripts/lib/read-taxonomy.ts';
import { renderComparison } from '../../src/compare/render/comparison.ts';
import { toHtml } from '../../src/compare/render/html.ts';
import type { CompareDoc } from '../../src/compare/types.ts';
import { noticeIds, readCompareDoc } from '../helpers/read-notice.ts';

const taxonomy = readTaxonomy('content/domains');
const pairs = noticeIds.flatMap((a) => noticeIds.filter((b) => b !== a).map((b) => [a, b] as const));

describe('compareNotices on the committed notices', () => {
	test.each(pairs)('%s against %s: one .chg per counted change, summary for substantive ones', (a, b) => {
		const comparison = compareNotices(readCompareDoc(a), readCompareDoc(b), taxonomy);
		const html = toHtml(renderComparison(comparison));
		const counted = Object.values(comparison.counts).reduce((sum, c) => sum + c.all, 0);
		expect(html.match(/class="(row )?chg"/g) ?? []).toHaveLength(counted);
		const substantive = Object.values(comparison.counts).reduce((sum, c) => sum + c.substantive, 0);
		expect(html.match(/data-substantive="true"/g) ?? []).toHaveLength(substantive);
		expect(comparison.summary.length).toBeGreaterThan(0);
		expect(comparison.a.id).toBe(a);
		expect(comparison.b.id).toBe(b);
	});

	test('a notice against itself: nothing changed, nothing to step through', () => {
		const doc = readCompareDoc('tianjin-2025-municipal-pilot-recommendation');
		const comparison = compareNotices(doc, doc, taxonomy);
		expect(Object.values(comparison.counts).every((c) => c.all === 0)).toBe(true);
		expect(comparison.summary).toBe('无实质性变化');
		expect(toHtml(renderComparison(comparison))).not.toMatch(/class="(row )?chg"/);
	});

	test('hostile text in a notice is rendered as text, never as markup', () => {
		const doc = readCompareDoc('national-2026-pilot-call');
		const hostile: CompareDoc = {
			record: { ...doc.record, id: 'hostile', conditions: [{ text: '<img src=x onerror=alert(1)>应具有独立法人资格' }] },
			blocks: [
				...doc.blocks,
				{ type: 'paragraph', numbering: null, level: null, text: '<script>alert(1)</script>"onmouseover="x', part: null, attachment: null },
			],
		};
		const html = toHtml(renderComparison(compareNotices(doc, hostile, taxonomy)));
		expect(html).not.toMatch(/<script|<img/);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;onmouseover=&quot;x');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});
});

describe('compareNotices on effective facts', () => {
	const ids = ['national-2026-pilot-call', 'liaoning-2026-pilot-recommendation'] as const;
	const records = noticeIds.map((id) => readCompareDoc(id).record);
	const withFacts = (id: string): CompareDoc => {
		const doc = readCompareDoc(id);
		return { ...doc, facts: effectiveFacts(doc.record, records, taxonomy) };
	};

	test('national 2026 → Liaoning keeps the 专项 and the period Liaoning carries, and names the call', () => {
		const comparison = compareNotices(withFacts(ids[0]), withFacts(ids[1]), taxonomy);
		const removed = comparison.facets.domains.filter((d) => d.status === 'removed').map((d) => d.a?.name);
		expect(removed).toEqual([]);
		expect(comparison.facets.period?.status).toBe('kept');
		expect(comparison.carried).toEqual([ids[0]]);
		expect(comparison.summary).toContain('沿用上级通知：司法行政、民政领域');
	});

	test('national 2026 → Liaoning shows the call’s 总数 and 同一领域 caps as carried, not removed', () => {
		const { quotas } = compareNotices(withFacts(ids[0]), withFacts(ids[1]), taxonomy).facets;
		expect(quotas.filter((q) => q.status === 'removed')).toEqual([]);
		const carried = quotas.filter((q) => q.carried !== undefined).map((q) => [q.status, q.b?.text, q.carried?.index]);
		expect(carried).toEqual([
			['kept', '总数不超8个', 0],
			['kept', '同一领域不超2个', 1],
		]);
	});

	test('on its own facts, the same pair reports them removed', () => {
		const comparison = compareNotices(readCompareDoc(ids[0]), readCompareDoc(ids[1]), taxonomy);
		expect(comparison.facets.domains.filter((d) => d.status === 'removed')).toHaveLength(2);
		expect(comparison.summary).toContain('不再规定建设周期');
		expect(comparison.carried).toEqual([]);
	});
});
