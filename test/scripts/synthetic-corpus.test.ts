/**
 * The synthetic corpus generator: the same seed gives the same corpus, another seed another;
 * every generated notice parses, with the place and year it was given.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { syntheticCorpus, type BaseNotice } from '../../scripts/lib/synthetic/synthetic-corpus.ts';
import { parseNoticeFile } from '../../src/ingest/index.ts';

const SOURCES = join(import.meta.dirname, '../../content/sources');
const bases: BaseNotice[] = readdirSync(SOURCES)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((f) => {
		const bytes = readFileSync(join(SOURCES, f));
		return { text: new TextDecoder().decode(bytes), record: parseNoticeFile(bytes, f)[0]!.record };
	});

describe('syntheticCorpus', () => {
	const corpus = syntheticCorpus(bases, 60, 7);

	test('is deterministic for a seed and differs across seeds', () => {
		expect(syntheticCorpus(bases, 60, 7)).toEqual(corpus);
		const other = syntheticCorpus(bases, 60, 8);
		expect(other.filter((n, i) => n.text === corpus[i]?.text).length).toBeLessThan(3);
		expect(new Set(corpus.map((n) => n.text)).size).toBe(60);
	});

	test('spreads notices like a real corpus: mostly cities and districts, each place once a year', () => {
		const big = syntheticCorpus(bases, 400, 3);
		const local = big.filter((n) => n.place !== '全国');
		expect(new Set(local.map((n) => `${n.place}${n.year}`)).size).toBe(local.length);
		expect(big.length - local.length).toBeLessThanOrEqual(8);
		expect(new Set(local.map((n) => n.place)).size).toBeGreaterThan(200);
	});

	test('makes notices that parse, in the place and year they were given', () => {
		for (const notice of corpus) {
			const [first] = parseNoticeFile(new TextEncoder().encode(notice.text), notice.name);
			expect(first?.record.year, notice.name).toBe(notice.year);
			expect(first?.record.jurisdiction.name, notice.name).toBe(notice.place);
		}
	});
});
