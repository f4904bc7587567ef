/**
 * Entries into shard files: each entry goes to the shard its key hashes to; the number of shards
 * is the power of two that keeps an average shard near `target` bytes before compression.
 * Compressing takes about 40 % of the literal index's time (gzip -9, measured at 1,249 and 6,245
 * notices), so shards are compressed on libuv's thread pool while the caller goes on with the
 * next kind: the bytes are those of gzipSync. A rebuild passes a GzipCache's `compress`, which
 * reads back the shards whose content an earlier build compressed.
 */
import { shardOf } from '../gram-hash.ts';
import { SIGNATURE } from '../literal-format.ts';
import { gzip9, type Compress } from './gzip-cache.ts';

/** One entry: the gram the browser looks it up by, and its encoded bytes. */
export interface ShardEntry {
	key: string;
	bytes: Uint8Array;
}

// libuv's thread pool has 4 threads unless UV_THREADPOOL_SIZE says otherwise.
const COMPRESSORS = 4;

/**
 * Pack entries into gzipped shard files, entries sorted by key within a shard.
 * @param entries All entries of one kind.
 * @param target Average uncompressed shard size to aim at, in bytes.
 * @param compress gzip -9 (by default) or a cache's equivalent.
 * @example (await packShards([{ key: '标准', bytes }], 16_384)).length // 1
 */
export async function packShards(entries: readonly ShardEntry[], target: number, compress: Compress = gzip9): Promise<Uint8Array[]> {
	const total = entries.reduce((sum, entry) => sum + entry.bytes.length, 0);
	let count = 1;
	while (total / count > target) count *= 2;
	const shards: ShardEntry[][] = Array.from({ length: count }, () => []);
	for (const entry of entries) shards[shardOf(entry.key, count)]?.push(entry);
	const signature = new TextEncoder().encode(SIGNATURE);
	const packed: Uint8Array[] = [];
	let next = 0;
	// A few at a time: each gzip stream holds about 300 kB of state until it ends.
	const compressor = async () => {
		for (let i = next++; i < count; i = next++) {
			const shard = shards[i] ?? [];
			shard.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
			packed[i] = await compress(Buffer.concat([signature, ...shard.map((entry) => entry.bytes)]));
		}
	};
	await Promise.all(Array.from({ length: COMPRESSORS }, compressor));
	return packed;
}
