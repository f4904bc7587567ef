/**
 * What one run of notices adds to the literal index once the frequent grams are known, with notice
 * numbers counted from the run's first notice: the notices of the run containing each character
 * and each frequent gram, and each leaf's part of its post entry's columns (postEntries in
 * assemble-index.ts): the gaps between the run's notices after its first, the count in each, the
 * offset gaps. A post entry is then its header and the runs' parts, column by column, with the gap
 * to each run's first notice computed when the runs are put together.
 */
import { ByteWriter } from '../byte-writer.ts';
import type { FrequentGram } from './frequent-grams.ts';
import { leafLists } from './leaf-postings.ts';
import type { RunWalk } from './run-walk.ts';
import { unitSets } from './unit-sets.ts';

/** Fields of `leafInfo` for each leaf. */
export const LEAF_FIELDS = 6;
/** Offsets in a leaf's `leafInfo` fields. */
export const NOTICES = 0;
export const FIRST = 1;
export const LAST = 2;
export const GAP_BYTES = 3;
export const COUNT_BYTES = 4;
export const OFFSET_BYTES = 5;

/** One run's pieces. Bitmaps are `Math.ceil(docs / 8)` bytes each, bit d for the run's notice d. */
export interface RunPieces {
	docs: number;
	/** The characters (UTF-16 units) of the run, ascending, and their bitmaps one after the other. */
	units: Uint16Array;
	unitDocs: Uint8Array;
	/** The frequent grams of the run (indexes among all), their first offsets in the run, their bitmaps. */
	grams: Int32Array;
	gramFirst: Int32Array;
	gramDocs: Uint8Array;
	/** Each leaf's key (leaf-postings.ts), its LEAF_FIELDS numbers, then all their bytes in order. */
	leafKeys: Float64Array;
	leafInfo: Int32Array;
	leafBytes: Uint8Array;
}

/**
 * A walked run's pieces.
 * @param walk The run's walk, every level decided.
 * @param grams All frequent grams.
 * @example runPieces(walk, set.grams).leafKeys.length // the run's number of distinct leaves
 */
export function runPieces(walk: RunWalk, grams: readonly FrequentGram[]): RunPieces {
	const { starts } = walk.text;
	const docs = starts.length - 1;
	const bytes = Math.ceil(docs / 8);
	const sets = unitSets(walk.text);
	const unitDocs = new Uint8Array(sets.size * bytes);
	[...sets.values()].forEach((bitmap, i) => unitDocs.set(bitmap, i * bytes));
	const met = [...walk.grams].sort(([a], [b]) => a - b);
	const gramDocs = new Uint8Array(met.length * bytes);
	met.forEach(([, gram], i) => gramDocs.set(gram.docs, i * bytes));
	const { keys, lists } = leafLists(walk.text, { depth: walk.depth, longest: walk.longest, grams });
	const leafInfo = new Int32Array(keys.length * LEAF_FIELDS);
	const writer = new ByteWriter();
	const notices: number[] = [];
	const counts: number[] = [];
	const gaps: number[] = [];
	lists.forEach((offsets, leaf) => {
		notices.length = 0;
		counts.length = 0;
		gaps.length = 0;
		let doc = docAt(starts, offsets[0] as number);
		let previous = 0;
		for (const offset of offsets) {
			while ((starts[doc + 1] as number) <= offset) doc++;
			const position = offset - (starts[doc] as number);
			if (notices.at(-1) !== doc) {
				notices.push(doc);
				counts.push(0);
				previous = 0;
			}
			counts[counts.length - 1] = (counts.at(-1) as number) + 1;
			gaps.push(position - previous);
			previous = position;
		}
		const info = leaf * LEAF_FIELDS;
		leafInfo[info + NOTICES] = notices.length;
		leafInfo[info + FIRST] = notices[0] as number;
		leafInfo[info + LAST] = notices.at(-1) as number;
		let at = writer.length;
		for (let i = 1; i < notices.length; i++) writer.varint((notices[i] as number) - (notices[i - 1] as number));
		leafInfo[info + GAP_BYTES] = writer.length - at;
		at = writer.length;
		for (const count of counts) writer.varint(count);
		leafInfo[info + COUNT_BYTES] = writer.length - at;
		at = writer.length;
		for (const gap of gaps) writer.varint(gap);
		leafInfo[info + OFFSET_BYTES] = writer.length - at;
	});
	return {
		docs,
		units: Uint16Array.from(sets.keys(), (unit) => unit.charCodeAt(0)),
		unitDocs,
		grams: Int32Array.from(met, ([index]) => index),
		gramFirst: Int32Array.from(met, ([, gram]) => gram.first),
		gramDocs,
		leafKeys: Float64Array.from(keys),
		leafInfo,
		leafBytes: writer.finish(),
	};
}

/** The notice an offset falls in (binary search over the starts). */
function docAt(starts: Int32Array, offset: number): number {
	let low = 0;
	let high = starts.length - 2;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if ((starts[middle] ?? 0) <= offset) low = middle;
		else high = middle - 1;
	}
	return low;
}
