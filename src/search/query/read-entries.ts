/**
 * The entries of an inflated shard, by key. Decoding a whole shard is cheap (tens of kB), and a
 * query usually needs several entries of each shard it fetched.
 */
import { ByteReader } from '../byte-reader.ts';
import type { ShardKind } from '../literal-format.ts';

/** A frequent bigram's frequent extensions, as full grams. */
export type DictEntry = Set<string>;

/** The notices (ascending) containing a frequent gram or a character. */
export type SetEntry = number[];

/** A leaf's occurrences: per notice (ascending), the offsets of the leaf in its text (ascending). */
export type PostEntry = Map<number, number[]>;

/** What each kind of shard holds per key. */
export interface EntryOf {
	dict: DictEntry;
	sets: SetEntry;
	post: PostEntry;
}

/**
 * Decode every entry of a shard.
 * @param kind Which kind of shard.
 * @param bytes Its inflated bytes without the signature.
 * @param docs Number of notices (a bitmap's length follows from it).
 * @example readEntries('dict', bytes, 6).get('标准') // Set { '标准化', … }
 */
export function readEntries<K extends ShardKind>(kind: K, bytes: Uint8Array, docs: number): Map<string, EntryOf[K]> {
	const reader = new ByteReader(bytes);
	const entries = new Map<string, EntryOf[K]>();
	while (!reader.done) {
		const key = reader.string();
		const entry = kind === 'dict' ? readDict(reader, key) : kind === 'sets' ? readSet(reader, docs) : readPost(reader);
		entries.set(key, entry as EntryOf[K]);
	}
	return entries;
}

function readDict(reader: ByteReader, bigram: string): DictEntry {
	const count = reader.varint();
	return new Set(Array.from({ length: count }, () => bigram + reader.string()));
}

function readSet(reader: ByteReader, docs: number): SetEntry {
	const list: number[] = [];
	if (reader.varint() === 0) {
		let doc = 0;
		const count = reader.varint();
		for (let i = 0; i < count; i++) list.push((doc += reader.varint()));
		return list;
	}
	reader.bytes(Math.ceil(docs / 8)).forEach((byte, i) => {
		for (let bit = 0; bit < 8; bit++) if ((byte & (1 << bit)) !== 0) list.push(i * 8 + bit);
	});
	return list;
}

function readPost(reader: ByteReader): PostEntry {
	const count = reader.varint();
	const docs: number[] = [];
	let doc = 0;
	for (let i = 0; i < count; i++) docs.push((doc += reader.varint()));
	const counts = docs.map(() => reader.varint());
	const entry: PostEntry = new Map();
	docs.forEach((d, i) => {
		const offsets: number[] = [];
		let offset = 0;
		for (let j = 0; j < (counts[i] ?? 0); j++) offsets.push((offset += reader.varint()));
		entry.set(d, offsets);
	});
	return entry;
}
