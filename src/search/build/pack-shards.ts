/**
 * Entries into shard files: each entry goes to the shard its key hashes to; the number of shards
 * is the power of two that keeps an average shard near `target` bytes before compression.
 */
import { gzipSync } from 'node:zlib';
import { shardOf } from '../gram-hash.ts';
import { SIGNATURE } from '../literal-format.ts';

/** One entry: the gram the browser looks it up by, and its encoded bytes. */
export interface ShardEntry {
	key: string;
	bytes: Uint8Array;
}

/**
 * Pack entries into gzipped shard files, entries sorted by key within a shard.
 * @param entries All entries of one kind.
 * @param target Average uncompressed shard size to aim at, in bytes.
 * @example packShards([{ key: '标准', bytes }], 16_384).length // 1
 */
export function packShards(entries: readonly ShardEntry[], target: number): Uint8Array[] {
	const total = entries.reduce((sum, entry) => sum + entry.bytes.length, 0);
	let count = 1;
	while (total / count > target) count *= 2;
	const shards: ShardEntry[][] = Array.from({ length: count }, () => []);
	for (const entry of entries) shards[shardOf(entry.key, count)]?.push(entry);
	const signature = new TextEncoder().encode(SIGNATURE);
	return shards.map((shard) => {
		shard.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
		const parts = [signature, ...shard.map((entry) => entry.bytes)];
		return new Uint8Array(gzipSync(Buffer.concat(parts), { level: 9 }));
	});
}
