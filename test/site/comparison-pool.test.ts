import { afterAll, describe, expect, test } from 'vitest';
import { readTaxonomy } from '../../scripts/lib/read-taxonomy.ts';
import { ComparisonPool } from '../../src/lib/compare/comparison-pool.ts';
import { renderedComparison } from '../../src/lib/compare/rendered-comparison.ts';
import { noticeIds, readCompareDoc } from '../helpers/read-notice.ts';

const taxonomy = readTaxonomy('content/domains');
const script = new URL('../../src/lib/compare/comparison-worker.ts', import.meta.url);
const pool = new ComparisonPool(script, 2);
afterAll(() => pool.close());

describe('ComparisonPool', () => {
	test('renders in its workers exactly what the main thread renders, for pairs sent at once', async () => {
		const pairs = noticeIds.slice(1).map((b) => [noticeIds[0]!, b] as const);
		expect(pairs.length).toBeGreaterThan(2);
		const docs = pairs.map(([a, b]) => [readCompareDoc(a), readCompareDoc(b)] as const);
		const pooled = await Promise.all(docs.map(([a, b]) => pool.render(a, b, taxonomy)));
		expect(pooled).toEqual(docs.map(([a, b]) => renderedComparison(a, b, taxonomy)));
		expect(pooled[0]?.html).toMatch(/class="(row )?chg"/u);
	});

	test('a worker that cannot start fails its jobs with the pair named, and later ones too', async () => {
		const broken = new ComparisonPool(new URL('./no-such-worker.ts', import.meta.url), 1);
		const [a, b] = [readCompareDoc(noticeIds[0]!), readCompareDoc(noticeIds[1]!)];
		await expect(broken.render(a, b, taxonomy)).rejects.toThrow(`${noticeIds[0]} ↔ ${noticeIds[1]}: `);
		await expect(broken.render(b, a, taxonomy)).rejects.toThrow(`${noticeIds[1]} ↔ ${noticeIds[0]}: `);
		await broken.close();
	});
});
