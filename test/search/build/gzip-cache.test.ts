/**
 * The compressed-shard cache: a rebuild that reads shards back from it writes the same bytes as a
 * build without it, compresses only the shards whose content changed, and the saved file keeps
 * only the shards the last build used.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildLiteralIndex, type LiteralIndexOptions } from '../../../src/search/build/build-literal-index.ts';
import { GzipCache } from '../../../src/search/build/gzip-cache.ts';
import { noticeIds, readBlocks } from '../../helpers/read-notice.ts';

const root = mkdtempSync(join(tmpdir(), 'gzip-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const texts = noticeIds.map((id) => readBlocks(id).map((block) => block.text).join('\n'));
// Small shards, so that one edited notice leaves most of them unchanged.
const options: LiteralIndexOptions = { frequentOver: 3, targets: { dict: 512, sets: 512, post: 512 } };

/** Build with a cache read from `file`, then save it. */
async function cachedBuild(file: string, input: string[]) {
	const cache = new GzipCache(file);
	const index = await buildLiteralIndex(input, { ...options, compress: cache.compress });
	cache.save();
	return { index, compressed: cache.compressed, reused: cache.reused };
}

test('a rebuild from the cache equals a build without it, compressing only changed shards', async () => {
	const file = join(root, 'shards.bin');
	const first = await cachedBuild(file, texts);
	expect(first.reused).toBe(0);
	expect(first.index).toEqual(await buildLiteralIndex(texts, options));

	const again = await cachedBuild(file, texts);
	expect(again.compressed).toBe(0);
	expect(again.reused).toBe(first.index.files.size);
	expect(again.index).toEqual(first.index);

	// A sentence added at the end of one notice's text.
	const edited = texts.map((text, i) => (i === 5 ? `${text}\n本通知由发布机关负责解释。` : text));
	const rebuilt = await cachedBuild(file, edited);
	expect(rebuilt.index).toEqual(await buildLiteralIndex(edited, options));
	expect(rebuilt.compressed).toBeGreaterThan(0);
	expect(rebuilt.compressed).toBeLessThan(rebuilt.index.files.size / 4);

	// The saved file holds this build's shards only: the next build of the same texts reuses all
	// of them, and the shards of the earlier text are gone.
	const last = new GzipCache(file);
	const check = await buildLiteralIndex(edited, { ...options, compress: last.compress });
	expect(last.compressed).toBe(0);
	expect(check).toEqual(rebuilt.index);
	const back = new GzipCache(file);
	await buildLiteralIndex(texts, { ...options, compress: back.compress });
	expect(back.compressed).toBe(rebuilt.compressed);
});

test('a notice added or removed (all doc numbers after it move) still gives the index built without a cache', async () => {
	const file = join(root, 'count.bin');
	await cachedBuild(file, texts);
	const added = [...texts.slice(0, 3), '关于开展标准化试点项目申报工作的补充通知', ...texts.slice(3)];
	const grown = await cachedBuild(file, added);
	expect(grown.index).toEqual(await buildLiteralIndex(added, options));
	const removed = texts.filter((_, i) => i !== 2);
	const shrunk = await cachedBuild(file, removed);
	expect(shrunk.index).toEqual(await buildLiteralIndex(removed, options));
	expect(shrunk.compressed).toBeGreaterThan(0);
});

test('an unreadable cache file counts as empty', async () => {
	const cache = new GzipCache(join(root, 'missing', 'shards.bin'));
	expect((await buildLiteralIndex(texts, { ...options, compress: cache.compress })).files).toEqual((await buildLiteralIndex(texts, options)).files);
	expect(cache.reused).toBe(0);
});
