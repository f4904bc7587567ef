/**
 * The literal index against a brute-force scan: every notice containing a term is found, with
 * every offset, whatever the threshold that makes grams frequent, and whatever was asked before.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildLiteralIndex, type LiteralIndexOptions } from '../../src/search/build/build-literal-index.ts';
import { foldText } from '../../src/search/fold-text.ts';
import { LiteralIndex } from '../../src/search/query/literal-index.ts';
import { noticeIds, readBlocks } from '../helpers/read-notice.ts';

async function indexOf(texts: string[], options: LiteralIndexOptions = {}): Promise<LiteralIndex> {
	const { manifest, files } = await buildLiteralIndex(texts, options);
	return new LiteralIndex(manifest, async (file) => {
		const bytes = files.get(file);
		if (bytes === undefined) throw new Error(`no file ${file}`);
		return bytes;
	});
}

/** Notice → every offset of the folded term in the folded text. */
function scan(texts: string[], term: string): Map<number, number[]> {
	const wanted = foldText(term);
	const found = new Map<number, number[]>();
	texts.forEach((text, doc) => {
		const folded = foldText(text);
		const offsets: number[] = [];
		for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) offsets.push(at);
		if (offsets.length > 0) found.set(doc, offsets);
	});
	return found;
}

async function expectExact(index: LiteralIndex, texts: string[], term: string): Promise<void> {
	const expected = scan(texts, term);
	const got = await index.match(term);
	expect([...got.keys()].sort((a, b) => a - b), term).toEqual([...expected.keys()]);
	for (const [doc, offsets] of got) if (offsets !== null) expect(offsets, `${term} in ${doc}`).toEqual(expected.get(doc));
}

const notices = noticeIds.map((id) => readBlocks(id).map((block) => block.text).join('\n'));

describe('LiteralIndex.match', () => {
	test('returns the notices and offsets of a literal phrase, not of its words apart', async () => {
		const texts = ['申报条件如下', '申报单位应具备条件', '条件：申报条件。'];
		const index = await indexOf(texts);
		expect(await index.match('申报条件')).toEqual(new Map([[0, [0]], [2, [3]]]));
		expect(await index.match('申报')).toEqual(new Map([[0, [0]], [1, [0]], [2, [3]]]));
	});

	test('returns nothing for a term that occurs nowhere, or only across a line break', async () => {
		const index = await indexOf(['截止日期\n8月15日前']);
		expect(await index.match('日期8月')).toEqual(new Map());
		expect(await index.match('没有的词')).toEqual(new Map());
	});

	test('matches full-width and half-width forms and 文号 brackets alike', async () => {
		const index = await indexOf(['国标委发〔２０２６〕23号', '沪市监标技[2023]139号']);
		expect([...(await index.match('[2026]')).keys()]).toEqual([0]);
		expect([...(await index.match('〔2023〕139')).keys()]).toEqual([1]);
		expect([...(await index.match('ＡＢ')).keys()]).toEqual([]);
	});

	test('returns notices for single characters and frequent grams', async () => {
		const texts = ['标准化标准化标准化', '标准', '化'];
		const index = await indexOf(texts, { frequentOver: 2 });
		expect([...(await index.match('标准化')).keys()]).toEqual([0]);
		expect([...(await index.match('标准')).keys()]).toEqual([0, 1]);
		expect([...(await index.match('化')).keys()]).toEqual([0, 2]);
	});

	test.each([1024, 8, 3, 1])('finds every sampled phrase of the real notices exactly (frequent over %i)', async (frequentOver) => {
		const index = await indexOf(notices, { frequentOver });
		const phrase = fc
			.record({ doc: fc.nat(notices.length - 1), at: fc.nat(100_000), length: fc.integer({ min: 1, max: 14 }), absent: fc.boolean() })
			.map(({ doc, at, length, absent }) => {
				const text = notices[doc] ?? '';
				const start = at % Math.max(1, text.length - length);
				const term = text.slice(start, start + length).replace(/\s.*$/su, '');
				return absent && term.length > 1 ? `${term.slice(0, -1)}夨` : term;
			})
			.filter((term) => term.length > 0);
		await fc.assert(fc.asyncProperty(phrase, (term) => expectExact(index, notices, term)), { numRuns: 300, seed: frequentOver });
	});

	test('finds random terms over a small alphabet, where most grams are frequent', async () => {
		const text = fc.string({ unit: fc.constantFrom('甲', '乙', '丙', ' '), minLength: 0, maxLength: 60 });
		await fc.assert(
			fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 6 }), fc.string({ unit: fc.constantFrom('甲', '乙', '丙'), minLength: 1, maxLength: 8 }), async (texts, over, term) => {
				await expectExact(await indexOf(texts, { frequentOver: over }), texts, term);
			}),
			{ numRuns: 200, seed: 7 },
		);
	});

	test('prefetch loads exactly what match then reads, for a set term and a leaf term', async () => {
		const { manifest, files } = await buildLiteralIndex(notices, { frequentOver: 3 });
		const indexLoading = (loaded: string[]) =>
			new LiteralIndex(manifest, async (file) => {
				loaded.push(file);
				return files.get(file) ?? new Uint8Array();
			});
		for (const term of ['标准化', '8月15日']) {
			const matched: string[] = [];
			await indexLoading(matched).match(term);
			expect(matched.length, term).toBeGreaterThan(0);
			const prefetched: string[] = [];
			const index = indexLoading(prefetched);
			await index.prefetch(term);
			expect(prefetched.sort(), term).toEqual(matched.sort());
			await index.match(term);
			expect(prefetched, term).toHaveLength(matched.length);
		}
	});

	test('answers a term the same on a fresh index and after other terms', async () => {
		const fresh = await (await indexOf(notices, { frequentOver: 3 })).match('8月15日');
		const used = await indexOf(notices, { frequentOver: 3 });
		for (const term of ['申报', '标准化试点', '联系人', '2026']) await used.match(term);
		expect(await used.match('8月15日')).toEqual(fresh);
		expect(fresh.size).toBeGreaterThan(0);
	});
});
