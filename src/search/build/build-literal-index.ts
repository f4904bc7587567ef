/**
 * The literal index of a set of notice texts: manifest and shard files, ready to write under
 * /search/literal/. Pure: texts in, bytes out (the integration feeds it Pagefind's own text of
 * each page, so offsets match the excerpts Pagefind serves).
 */
import { shardFile, type LiteralManifest, type ShardKind } from '../literal-format.ts';
import { encodeDict } from './encode-dict.ts';
import { encodePost } from './encode-post.ts';
import { encodeSet } from './encode-set.ts';
import { frequentGrams } from './frequent-grams.ts';
import type { Compress } from './gzip-cache.ts';
import { leafPostings } from './leaf-postings.ts';
import { packShards, type ShardEntry } from './pack-shards.ts';
import { textUnits } from './text-units.ts';
import { unitSets } from './unit-sets.ts';

/** The index: its manifest and every shard file by name. */
export interface LiteralIndex {
	manifest: LiteralManifest;
	files: Map<string, Uint8Array>;
}

/** Tuning, for tests and the benchmark; the defaults are what the site uses. */
export interface LiteralIndexOptions {
	/** Frequent above this many occurrences; default one per notice, at least 1,024. */
	frequentOver?: number;
	/** Average uncompressed shard size to aim at, per kind. */
	targets?: Partial<Record<ShardKind, number>>;
	/** How shards are compressed: gzip -9, or a GzipCache's `compress` (same bytes). */
	compress?: Compress;
}

// The browser loads every dict shard with the manifest (tens of kB at 5,000 notices), so one
// query needs a single round trip for its sets or post shards.
const TARGETS: Record<ShardKind, number> = { dict: 65_536, sets: 16_384, post: 24_576 };

/**
 * Build the literal index.
 * @param texts Each notice's text, in notice-number order.
 * @param options Threshold and shard sizes.
 * @example (await buildLiteralIndex(['关于申报条件的通知'])).manifest.docs // 1
 */
export async function buildLiteralIndex(texts: readonly string[], options: LiteralIndexOptions = {}): Promise<LiteralIndex> {
	const text = textUnits(texts);
	const frequentOver = options.frequentOver ?? Math.max(1024, texts.length);
	const frequent = frequentGrams(text, frequentOver);
	const { grams } = frequent;
	const longer = new Map<string, string[]>();
	for (const gram of grams) {
		if (gram.text.length === 2) longer.set(gram.text, []);
		else longer.get(gram.text.slice(0, 2))?.push(gram.text);
	}
	const pack = (kind: ShardKind, entries: ShardEntry[]) => packShards(entries, options.targets?.[kind] ?? TARGETS[kind], options.compress);
	// In this order: the dict and sets shards are compressed while the leaves are collected.
	const [dict, sets, post] = await Promise.all([
		pack('dict', [...longer].map(([bigram, rest]) => ({ key: bigram, bytes: encodeDict(bigram, rest) }))),
		pack(
			'sets',
			[...grams.map((gram) => [gram.text, gram.docs] as const), ...unitSets(text)].map(([key, docs]) => ({ key, bytes: encodeSet(key, docs) })),
		),
		pack('post', [...leafPostings(text, frequent)].map(([leaf, offsets]) => ({ key: leaf, bytes: encodePost(leaf, offsets, text.starts) }))),
	]);
	const packed: Record<ShardKind, Uint8Array[]> = { dict, sets, post };
	const files = new Map<string, Uint8Array>();
	const shards = {} as Record<ShardKind, number>;
	for (const kind of ['dict', 'sets', 'post'] as const) {
		packed[kind].forEach((bytes, i) => files.set(shardFile(kind, i), bytes));
		shards[kind] = packed[kind].length;
	}
	return { manifest: { version: 1, docs: texts.length, frequentOver, shards }, files };
}
