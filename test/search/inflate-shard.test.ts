/**
 * inflateShard: a shard file as fetched (gzipped, or already inflated by the server) to its
 * entries, and a clear error for a file that is not one.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { SIGNATURE } from '../../src/search/literal-format.ts';
import { inflateShard } from '../../src/search/query/inflate-shard.ts';

const entries = new Uint8Array([1, 2, 3, 250, 0, 7]);
const file = new Uint8Array([...new TextEncoder().encode(SIGNATURE), ...entries]);

describe('inflateShard', () => {
	test('gunzips a file and drops its signature', async () => {
		expect(await inflateShard(gzipSync(file), 'post-1.bin')).toEqual(entries);
	});

	test('reads a file the server already inflated', async () => {
		expect(await inflateShard(file, 'post-1.bin')).toEqual(entries);
	});

	test('reads a large file whole', async () => {
		const large = new Uint8Array(300_000).map((_, i) => (i * 31) % 256);
		const big = new Uint8Array([...new TextEncoder().encode(SIGNATURE), ...large]);
		expect(await inflateShard(gzipSync(big), 'post-2.bin')).toEqual(large);
	});

	test('rejects a damaged gzip file', async () => {
		const damaged = gzipSync(file).subarray(0, 12);
		await expect(inflateShard(damaged, 'post-3.bin')).rejects.toThrow();
	});

	test('names a file without the signature', async () => {
		await expect(inflateShard(gzipSync(new TextEncoder().encode('<html>')), 'post-4.bin')).rejects.toThrow(/`post-4\.bin`/u);
	});
});
