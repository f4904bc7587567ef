/**
 * One frequent bigram's entry in a dict shard: the bigram, then the rest of every longer frequent
 * gram that starts with it.
 */
import { ByteWriter } from '../byte-writer.ts';

/**
 * Encode a frequent bigram and its frequent extensions.
 * @param bigram Two units.
 * @param longer Frequent grams of three or more units starting with `bigram`.
 * @example encodeDict('标准', ['标准化']) // '标准', 1, '化'
 */
export function encodeDict(bigram: string, longer: readonly string[]): Uint8Array {
	const writer = new ByteWriter().string(bigram).varint(longer.length);
	for (const gram of longer) writer.string(gram.slice(2));
	return writer.finish();
}
