/**
 * One gram's entry in a sets shard: the gram, then the notices containing it, as a list of gaps
 * or as the bitmap itself, whichever is shorter.
 */
import { ByteWriter } from '../byte-writer.ts';

const LIST = 0;
const BITMAP = 1;

/**
 * Encode a gram and its notices.
 * @param gram A frequent gram or a single character.
 * @param bitmap Bit d set when notice d contains the gram.
 * @example encodeSet('标准', Uint8Array.of(0b101)) // '标准', list, 2 notices, gaps 0 and 2
 */
export function encodeSet(gram: string, bitmap: Uint8Array): Uint8Array {
	const list = new ByteWriter();
	let count = 0;
	let previous = 0;
	for (let i = 0; i < bitmap.length; i++) {
		// Set bits only, lowest first.
		for (let rest = bitmap[i] as number; rest !== 0; rest &= rest - 1) {
			const doc = i * 8 + 31 - Math.clz32(rest & -rest);
			list.varint(doc - previous);
			previous = doc;
			count++;
		}
	}
	const writer = new ByteWriter().string(gram);
	const asList = new ByteWriter().varint(count).bytes(list.finish()).finish();
	return asList.length <= bitmap.length
		? writer.varint(LIST).bytes(asList).finish()
		: writer.varint(BITMAP).bytes(bitmap).finish();
}
