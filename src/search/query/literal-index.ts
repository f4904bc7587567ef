/**
 * The literal index as the browser (and the tests, in Node) query it: fetch the few shards a term
 * needs, in two rounds (dict shards of its bigrams, then the sets or post shards its plan names),
 * and return every notice that contains the term, with the term's offsets when the plan had them.
 * Shards are cached, so a term never depends on what was searched before: each answer comes from
 * the shards that term itself names, complete.
 */
import { foldText } from '../fold-text.ts';
import { shardOf } from '../gram-hash.ts';
import { shardFile, type LiteralManifest, type ShardKind } from '../literal-format.ts';
import { inflateShard } from './inflate-shard.ts';
import { intersectLeaves } from './intersect-leaves.ts';
import { readEntries, type EntryOf, type ShardEntries } from './read-entries.ts';
import { termCover, type CoverLeaf } from './term-cover.ts';

/** Fetches one index file by name (relative to the index folder) as bytes. */
export type IndexLoader = (file: string) => Promise<Uint8Array>;

/**
 * The notices containing a term: notice number → the term's offsets in that notice's text, or
 * null when the index knows only that it is there (frequent terms, single characters).
 */
export type TermMatch = Map<number, number[] | null>;

export class LiteralIndex {
	readonly manifest: LiteralManifest;
	readonly #load: IndexLoader;
	readonly #shards = new Map<string, Promise<ShardEntries<ShardKind>>>();

	/**
	 * @param manifest The index's manifest.json.
	 * @param load Reads an index file; the browser passes a fetch, tests read from memory.
	 */
	constructor(manifest: LiteralManifest, load: IndexLoader) {
		this.manifest = manifest;
		this.#load = load;
	}

	/**
	 * Every notice containing `term` literally (after folding).
	 * @param term One query term: no whitespace, at least one character.
	 * @example await index.match('8月15日') // Map { 3 => [1402], 5 => [88, 2210] }
	 */
	async match(term: string): Promise<TermMatch> {
		const plan = await this.#plan(term);
		if ('set' in plan) return this.#fromSet(plan.set);
		const entries = await Promise.all(plan.leaves.map((leaf) => this.#entry('post', leaf.gram)));
		const placed = plan.leaves.map((leaf, i) => ({ at: leaf.at, entry: entries[i] }));
		// A leaf that is not in the index does not occur anywhere, so neither does the term.
		if (placed.some((leaf) => leaf.entry === undefined)) return new Map();
		return intersectLeaves(placed as { at: number; entry: EntryOf['post'] }[]);
	}

	/**
	 * Fetch the shards `term` needs without matching it, so that a match soon after finds them
	 * loaded: the page calls this when a word is committed, during its typing pause.
	 * @param term One query term, as for match.
	 */
	async prefetch(term: string): Promise<void> {
		const plan = await this.#plan(term);
		const needed: [ShardKind, string][] = 'set' in plan ? [['sets', plan.set]] : plan.leaves.map((leaf) => ['post', leaf.gram]);
		await Promise.all(needed.map(([kind, key]) => this.#shard(kind, shardFile(kind, shardOf(key, this.manifest.shards[kind])))));
	}

	/** What answers a term: the notice set of a single unit or frequent term, or leaves to intersect. */
	async #plan(term: string): Promise<{ set: string } | { leaves: CoverLeaf[] }> {
		const folded = foldText(term);
		if (folded.length === 0 || /\s/u.test(folded)) throw new Error(`Cannot match \`${term}\`, expected one term without spaces`);
		if (folded.length === 1) return { set: folded };
		const bigrams = [...new Set(Array.from({ length: folded.length - 1 }, (_, i) => folded.slice(i, i + 2)))];
		const dict = new Map(await Promise.all(bigrams.map(async (b) => [b, await this.#entry('dict', b)] as const)));
		const cover = termCover(folded, (gram) => {
			const longer = dict.get(gram.slice(0, 2));
			return longer !== undefined && (gram.length === 2 || longer.has(gram));
		});
		return cover.frequent ? { set: folded } : { leaves: cover.leaves };
	}

	/** Fetch every dict shard now, so later terms need one round trip (sets or post shards). */
	async preloadDict(): Promise<void> {
		await Promise.all(Array.from({ length: this.manifest.shards.dict }, (_, i) => this.#shard('dict', shardFile('dict', i))));
	}

	async #fromSet(gram: string): Promise<TermMatch> {
		const docs = (await this.#entry('sets', gram)) ?? [];
		return new Map(docs.map((doc) => [doc, null]));
	}

	async #entry<K extends ShardKind>(kind: K, key: string): Promise<EntryOf[K] | undefined> {
		const shard = await this.#shard(kind, shardFile(kind, shardOf(key, this.manifest.shards[kind])));
		return shard.get(key) as EntryOf[K] | undefined;
	}

	#shard(kind: ShardKind, file: string): Promise<ShardEntries<ShardKind>> {
		let shard = this.#shards.get(file);
		if (shard === undefined) {
			shard = this.#load(file)
				.then((bytes) => inflateShard(bytes, file))
				.then((bytes) => readEntries(kind, bytes, this.manifest.docs));
			// A failed fetch is not cached: the next query tries again.
			shard.catch(() => this.#shards.delete(file));
			this.#shards.set(file, shard);
		}
		return shard;
	}
}
