/**
 * One leaf's entry in a post shard: the leaf, then its occurrences grouped by notice, in columns
 * (notice gaps, counts, offset gaps) because columns of similar numbers compress better.
 */
import { ByteWriter } from '../byte-writer.ts';

/**
 * Encode a leaf and its occurrences.
 * @param leaf The leaf gram.
 * @param offsets Its occurrences as corpus offsets, ascending.
 * @param starts Where each notice starts in the corpus (TextUnits.starts).
 * @example encodePost('甲乙', [0], Int32Array.of(0, 4)) // string, 1 notice, gap 0, count 1, offset 0
 */
export function encodePost(leaf: string, offsets: readonly number[], starts: Int32Array): Uint8Array {
	const docs: number[] = [];
	const counts: number[] = [];
	const gaps: number[] = [];
	let doc = docAt(starts, offsets[0] ?? 0);
	let previous = 0;
	for (const offset of offsets) {
		while ((starts[doc + 1] ?? Infinity) <= offset) doc++;
		const position = offset - (starts[doc] ?? 0);
		if (docs.at(-1) !== doc) {
			docs.push(doc);
			counts.push(0);
			previous = 0;
		}
		counts[counts.length - 1] = (counts.at(-1) ?? 0) + 1;
		gaps.push(position - previous);
		previous = position;
	}
	const writer = new ByteWriter().string(leaf).varint(docs.length);
	docs.forEach((d, i) => writer.varint(d - (i === 0 ? 0 : (docs[i - 1] ?? 0))));
	for (const count of counts) writer.varint(count);
	for (const gap of gaps) writer.varint(gap);
	return writer.finish();
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
