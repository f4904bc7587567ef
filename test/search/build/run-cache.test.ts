/**
 * The run cache: a build that reads runs of notices back from it writes the same bytes as a build
 * without it, whatever changed in between (a text edited, added or removed, the frequent grams
 * changed, a cache file damaged), and scans only the runs whose texts changed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildLiteralIndex, type LiteralIndexOptions } from '../../../src/search/build/build-literal-index.ts';
import { frequentGrams } from '../../../src/search/build/frequent-grams.ts';
import { noticeRuns } from '../../../src/search/build/notice-runs.ts';
import { RunCache } from '../../../src/search/build/run-cache.ts';
import { textUnits } from '../../../src/search/build/text-units.ts';
import { noticeIds, readBlocks } from '../../helpers/read-notice.ts';

const root = mkdtempSync(join(tmpdir(), 'run-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The committed notices cut into pieces of a few blocks each: enough notices for many runs.
const texts = noticeIds.flatMap((id) => {
	const blocks = readBlocks(id).map((block) => block.text);
	return Array.from({ length: Math.ceil(blocks.length / 4) }, (_, i) => blocks.slice(4 * i, 4 * i + 4).join('\n'));
});
// Runs of 2 to 8 notices; a low threshold, so that there are frequent grams of many lengths.
const options: LiteralIndexOptions = { frequentOver: 3, runSizes: { min: 2, every: 4, max: 8 }, targets: { dict: 512, sets: 512, post: 1024 } };

/** Build with the run cache in `folder`, as the integration does. */
async function cachedBuild(folder: string, input: readonly string[]) {
	const cache = new RunCache(folder);
	const index = await buildLiteralIndex(input, { ...options, runs: cache });
	cache.prune();
	return { index, runs: cache.runs, scanned: cache.scanned };
}

const clean = (input: readonly string[]) => buildLiteralIndex(input, options);
const middle = Math.floor(texts.length / 2);

describe('buildLiteralIndex with a run cache', () => {
	test('the corpus has many runs', () => {
		expect(texts.length).toBeGreaterThan(60);
		expect(noticeRuns(texts, options.runSizes).length).toBeGreaterThan(10);
	});

	test('scans every run once, then none for the same texts, same bytes as without the cache', async () => {
		const folder = join(root, 'same');
		const first = await cachedBuild(folder, texts);
		expect(first.scanned).toBe(first.runs);
		expect(first.index).toEqual(await clean(texts));
		const again = await cachedBuild(folder, texts);
		expect(again.scanned).toBe(0);
		expect(again.index).toEqual(first.index);
	});

	test('scans only the run of a changed, an added or a removed notice', async () => {
		const folder = join(root, 'edits');
		await cachedBuild(folder, texts);
		const edited = texts.map((text, i) => (i === middle ? `${text}\n本通知由发布机关负责解释。` : text));
		const afterEdit = await cachedBuild(folder, edited);
		expect(afterEdit.index).toEqual(await clean(edited));
		expect(afterEdit.scanned).toBeGreaterThan(0);
		expect(afterEdit.scanned).toBeLessThanOrEqual(2);

		// Every later notice number moves by one.
		const added = [...edited.slice(0, 3), '关于开展第二批标准化试点项目申报工作的补充通知', ...edited.slice(3)];
		const afterAdd = await cachedBuild(folder, added);
		expect(afterAdd.index).toEqual(await clean(added));
		expect(afterAdd.scanned).toBeLessThanOrEqual(2);

		// A short notice none of whose grams occurs just over the threshold, so the frequent grams stay.
		const removed = added.filter((_, i) => i !== 17);
		const afterRemove = await cachedBuild(folder, removed);
		expect(afterRemove.index).toEqual(await clean(removed));
		expect(afterRemove.scanned).toBeLessThanOrEqual(2);
	});

	test('scans every run again when the frequent grams change, at any level', async () => {
		// A bigram that was not frequent becomes frequent: every run's longer counts change.
		const folder = join(root, 'levels');
		await cachedBuild(folder, texts);
		const newBigram = texts.map((text, i) => (i === middle ? `${text}\n夨夨夨夨夨夨` : text));
		const first = await cachedBuild(folder, newBigram);
		expect(first.index).toEqual(await clean(newBigram));
		expect(first.scanned).toBe(first.runs);

		// A trigram made of two frequent bigrams becomes frequent: the runs' bigram counts are
		// read from the cache, then every run is walked again from the trigrams on.
		const { grams } = frequentGrams(textUnits(newBigram), 3);
		const frequent = new Set(grams.map((gram) => gram.text));
		const trigram = grams
			.filter((gram) => gram.text.length === 2)
			.flatMap((a) => grams.filter((b) => b.text.length === 2 && b.text[0] === a.text[1]).map((b) => a.text + (b.text[1] ?? '')))
			.find((gram) => !frequent.has(gram));
		expect(trigram).toBeDefined();
		const newTrigram = newBigram.map((text, i) => (i === 1 ? `${text}\n${`${trigram}，`.repeat(4)}` : text));
		const second = await cachedBuild(folder, newTrigram);
		expect(second.index).toEqual(await clean(newTrigram));
		expect(second.scanned).toBe(second.runs);
	});

	test('ignores damaged cache files: those runs are scanned again and their files written anew', async () => {
		const folder = join(root, 'damaged');
		const first = await cachedBuild(folder, texts);
		const files = readdirSync(folder).sort();
		expect(files).toHaveLength(new Set(noticeRuns(texts, options.runSizes).map((run) => run.hash)).size);
		const [truncated = '', garbage = '', flipped = '', swapped = ''] = files;
		writeFileSync(join(folder, truncated), readFileSync(join(folder, truncated)).subarray(0, 100));
		writeFileSync(join(folder, garbage), 'not a run');
		const bytes = readFileSync(join(folder, flipped));
		const half = Math.floor(bytes.length / 2);
		bytes.writeUInt8(bytes.readUInt8(half) ^ 1, half);
		writeFileSync(join(folder, flipped), bytes);
		// A whole record of another run under this run's name.
		writeFileSync(join(folder, swapped), readFileSync(join(folder, files.at(-1) ?? '')));
		const again = await cachedBuild(folder, texts);
		expect(again.index).toEqual(first.index);
		expect(again.scanned).toBe(4);
		expect((await cachedBuild(folder, texts)).scanned).toBe(0);
	});

	test('keeps the files of the last build only', async () => {
		const folder = join(root, 'prune');
		await cachedBuild(folder, texts);
		writeFileSync(join(folder, 'left-over.bin.tmp'), 'half');
		const fewer = texts.slice(0, 20);
		await cachedBuild(folder, fewer);
		expect(readdirSync(folder).sort()).toEqual([...new Set(noticeRuns(fewer, options.runSizes).map((run) => `${run.hash}.bin`))].sort());
	});
});

describe('noticeRuns', () => {
	test('cuts by the texts, so an added notice changes the runs around it only', () => {
		const sizes = { min: 2, every: 4, max: 8 };
		const before = noticeRuns(texts, sizes);
		const after = noticeRuns([...texts.slice(0, middle), '新增的通知', ...texts.slice(middle)], sizes);
		expect(before.map((run) => run.end - run.start).every((size) => size >= 1 && size <= 8)).toBe(true);
		expect(before.at(-1)?.end).toBe(texts.length);
		const kept = new Set(before.map((run) => run.hash));
		expect(after.filter((run) => !kept.has(run.hash)).length).toBeLessThanOrEqual(2);
	});

	test('tells apart texts that differ in lone surrogates or in where one notice ends', () => {
		const hashes = (input: string[]) => noticeRuns(input, { min: 8, every: 1, max: 8 }).map((run) => run.hash);
		expect(hashes(['\ud800甲'])).not.toEqual(hashes(['\udc00甲']));
		expect(hashes(['甲乙', '丙'])).not.toEqual(hashes(['甲', '乙丙']));
		expect(hashes(['甲乙', '丙'])).toEqual(hashes(['甲乙', '丙']));
	});
});
