/**
 * The frequent grams of a corpus: every gram of two or more units that occurs more than `over`
 * times in all notices together. Frequent grams are closed under taking a prefix or a suffix (a
 * part occurs at least as often as the whole), so they are found level by level: a gram of k+1
 * units can only be frequent if the grams of k units at its start and at its end both are.
 * The corpus comes in runs of notices (run-walk.ts), each counting its own candidates or reading
 * the counts an earlier build saved under the same hash of the levels below (the `tag`).
 */
import { createHash } from 'node:crypto';
import { MAX_DEPTH, RunWalk, Scratch, type FrequentLevel, type LevelCounts } from './run-walk.ts';
import type { TextUnits } from './text-units.ts';

/** One frequent gram. */
export interface FrequentGram {
	text: string;
	/** Index in `grams` of this gram without its last unit; -1 for a bigram. */
	prefix: number;
}

/** The frequent grams, level by level (bigrams first), each level's in the order of their texts. */
export interface FrequentSet {
	levels: FrequentLevel[];
	grams: FrequentGram[];
	/** A hash of every level: what a run's leaves depend on besides its texts. */
	tag: string;
}

/** One run as the level loop sees it. */
export interface LevelSource {
	/** The run's counts of the candidates of grams of `length` units; `tag` hashes the levels below. */
	counts(length: number, tag: string): LevelCounts;
	/** The corpus's decision on that level; `last` when no longer level will be asked for. */
	decided(level: FrequentLevel, last: boolean): void;
}

/** What the leaf walk needs of one run's text. */
export interface FrequentGrams {
	/** `depth[p]`: length of the longest frequent gram starting at unit p, 0 when there is none. */
	depth: Uint8Array;
	/** `longest[p]`: index in `grams` of that gram, -1 when there is none. */
	longest: Int32Array;
	grams: readonly FrequentGram[];
}

// Bump when what a level's counts mean changes (run-cache.ts keeps them under these tags).
const TAG_FORMAT = 1;

/**
 * Decide the frequent grams level by level from every run's counts.
 * @param sources The runs.
 * @param over A gram occurring more than this many times in all runs together is frequent.
 * @example frequentLevels([oneRun], 2).grams.map((g) => g.text) // ['甲乙', …]
 */
export function frequentLevels(sources: readonly LevelSource[], over: number): FrequentSet {
	const levels: FrequentLevel[] = [];
	const grams: FrequentGram[] = [];
	let tag = createHash('sha256').update(`literal levels ${TAG_FORMAT}`).digest('base64url');
	for (let length = 2; ; length++) {
		const total = new Map<number, number>();
		for (const source of sources) {
			const { keys, counts } = source.counts(length, tag);
			for (let i = 0; i < keys.length; i++) {
				const key = keys[i] as number;
				total.set(key, (total.get(key) ?? 0) + (counts[i] as number));
			}
		}
		const frequent: number[] = [];
		for (const [key, count] of total) if (count > over) frequent.push(key);
		const keys = Float64Array.from(frequent).sort();
		const level: FrequentLevel = { length, keys, idOf: new Map(frequent.length === 0 ? [] : Array.from(keys, (key, id) => [key, id])), offset: grams.length };
		tag = createHash('sha256').update(tag).update(`\n${length}\n`).update(new Uint8Array(keys.buffer)).digest('base64url');
		if (keys.length === 0) break;
		const below = levels.at(-1);
		for (const key of keys) {
			if (below === undefined) grams.push({ text: String.fromCharCode(Math.floor(key / 65536), key % 65536), prefix: -1 });
			else {
				const width = below.keys.length;
				const prefix = below.offset + Math.floor(key / width);
				const suffix = grams[below.offset + (key % width)]?.text ?? '';
				grams.push({ text: (grams[prefix]?.text ?? '') + suffix.slice(-1), prefix });
			}
		}
		levels.push(level);
		const last = length === MAX_DEPTH;
		for (const source of sources) source.decided(level, last);
		if (last) break;
	}
	return { levels, grams, tag };
}

/**
 * The frequent grams of one text alone, and where they occur.
 * @param text The corpus units.
 * @param over A gram occurring more than this many times is frequent.
 * @example frequentGrams(textUnits(['标准标准标准']), 2).grams.map((g) => g.text) // ['标准']
 */
export function frequentGrams(text: TextUnits, over: number): FrequentGrams {
	const walk = new RunWalk(text, new Scratch());
	const { grams } = frequentLevels([{ counts: () => walk.candidates(), decided: (level, last) => walk.decide(level, last) }], over);
	return { depth: walk.depth, longest: walk.longest, grams };
}
