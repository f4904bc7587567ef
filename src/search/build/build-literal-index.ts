/**
 * The literal index of a set of notice texts: manifest and shard files, ready to write under
 * /search/literal/. Pure: texts in, bytes out (the integration feeds it Pagefind's own text of
 * each page, so offsets match the excerpts Pagefind serves).
 */
import { shardFile, type LiteralManifest, type ShardKind } from '../literal-format.ts';
import { dictEntries, postEntries, setEntries, type PlacedRun } from './assemble-index.ts';
import { frequentLevels, type LevelSource } from './frequent-grams.ts';
import type { Compress } from './gzip-cache.ts';
import { noticeRuns, type NoticeRun, type RunSizes } from './notice-runs.ts';
import { packShards, type ShardEntry } from './pack-shards.ts';
import type { RunCache } from './run-cache.ts';
import { runPieces } from './run-pieces.ts';
import { MAX_DEPTH, RunWalk, Scratch, type FrequentLevel, type LevelCounts } from './run-walk.ts';
import { textUnits } from './text-units.ts';

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
	/** Runs scanned by earlier builds; gets this build's runs (same index either way). */
	runs?: RunCache;
	/** Notices a run, for tests. */
	runSizes?: RunSizes;
}

// The browser loads every dict shard with the manifest (tens of kB at 5,000 notices), so one
// query needs a single round trip for its sets or post shards.
const TARGETS: Record<ShardKind, number> = { dict: 65_536, sets: 16_384, post: 24_576 };

/**
 * Build the literal index: the notices are cut into runs (notice-runs.ts); each run is scanned
 * (run-walk.ts) unless `options.runs` has it from an earlier build, for the frequent grams' counts
 * level by level and then for the run's pieces; the entries are put together from the pieces.
 * @param texts Each notice's text, in notice-number order.
 * @param options Threshold, shard sizes, caches.
 * @example (await buildLiteralIndex(['关于申报条件的通知'])).manifest.docs // 1
 */
export async function buildLiteralIndex(texts: readonly string[], options: LiteralIndexOptions = {}): Promise<LiteralIndex> {
	const { runs: cache } = options;
	const frequentOver = options.frequentOver ?? Math.max(1024, texts.length);
	const runs = noticeRuns(texts, options.runSizes);
	const stored = runs.map((run) => cache?.get(run.hash));
	const walks: (RunWalk | undefined)[] = [];
	const decided: FrequentLevel[] = [];
	const used = runs.map(() => new Map<string, LevelCounts>());
	let scanned = 0;
	const scratch = new Scratch();
	/** A run's walk, its levels so far decided. */
	const walkOf = (i: number, levels: readonly FrequentLevel[]) => {
		const run = runs[i] as NoticeRun;
		const walk = new RunWalk(textUnits(texts.slice(run.start, run.end)), scratch);
		levels.forEach((level, j) => walk.decide(level, j === MAX_DEPTH - 2));
		scanned++;
		return walk;
	};
	const sources: LevelSource[] = runs.map((_, i) => ({
		counts(_length, tag) {
			const counts = walks[i]?.candidates() ?? stored[i]?.levels.get(tag) ?? (walks[i] = walkOf(i, decided)).candidates();
			used[i]?.set(tag, counts);
			return counts;
		},
		decided: (level, last) => walks[i]?.decide(level, last),
	}));
	// Keeps the levels decided, for runs walked from a level on.
	sources.push({ counts: () => ({ keys: new Float64Array(0), counts: new Uint32Array(0) }), decided: (level) => void decided.push(level) });
	const set = frequentLevels(sources, frequentOver);
	const placed = runs.map((run, i): PlacedRun => {
		const record = stored[i];
		let walk = walks[i];
		walks[i] = undefined;
		if (walk === undefined && record?.piecesTag === set.tag) return { first: run.start, pieces: record.pieces };
		walk ??= walkOf(i, set.levels);
		const pieces = runPieces(walk, set.grams);
		cache?.set(run.hash, { levels: used[i] ?? new Map(), piecesTag: set.tag, pieces });
		return { first: run.start, pieces };
	});
	if (cache !== undefined) {
		cache.runs = runs.length;
		cache.scanned = scanned;
	}
	const pack = (kind: ShardKind, entries: ShardEntry[]) => packShards(entries, options.targets?.[kind] ?? TARGETS[kind], options.compress);
	// In this order: the dict and sets shards are compressed while the post entries are put together.
	const [dict, sets, post] = await Promise.all([
		pack('dict', dictEntries(placed, set)),
		pack('sets', setEntries(placed, texts.length, set)),
		pack('post', postEntries(placed, set)),
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
