/**
 * The entries of an inflated shard, by key, each decoded when first asked for.
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
 * A shard's entries by key. Opening a shard only walks it to find where each entry starts; an
 * entry is decoded when asked for, once. A query needs one entry of most post shards it fetches,
 * and decoding whole shards (thousands of offsets each) cost a URL-like query ~150 ms at 10,000
 * notices.
 */
export class ShardEntries<K extends ShardKind> {
	readonly #kind: K;
	readonly #bytes: Uint8Array;
	readonly #docs: number;
	readonly #starts = new Map<string, number>();
	readonly #decoded = new Map<string, EntryOf[K]>();

	/**
	 * @param kind Which kind of shard.
	 * @param bytes Its inflated bytes without the signature.
	 * @param docs Number of notices (a bitmap's length follows from it).
	 */
	constructor(kind: K, bytes: Uint8Array, docs: number) {
		this.#kind = kind;
		this.#bytes = bytes;
		this.#docs = docs;
		const reader = new ByteReader(bytes);
		while (!reader.done) {
			const key = reader.string();
			this.#starts.set(key, reader.offset);
			SKIP[kind](reader, docs);
		}
	}

	/** The shard's keys, in file order. */
	keys(): IterableIterator<string> {
		return this.#starts.keys();
	}

	/**
	 * The entry of `key`, or undefined when the shard has none.
	 * @example new ShardEntries('dict', bytes, 6).get('标准') // Set { '标准化', … }
	 */
	get(key: string): EntryOf[K] | undefined {
		const start = this.#starts.get(key);
		if (start === undefined) return undefined;
		let entry = this.#decoded.get(key);
		if (entry === undefined) {
			const reader = new ByteReader(this.#bytes, start);
			entry = (this.#kind === 'dict' ? readDict(reader, key) : this.#kind === 'sets' ? readSet(reader, this.#docs) : readPost(reader)) as EntryOf[K];
			this.#decoded.set(key, entry);
		}
		return entry;
	}
}

/** Open a shard (see ShardEntries). */
export function readEntries<K extends ShardKind>(kind: K, bytes: Uint8Array, docs: number): ShardEntries<K> {
	return new ShardEntries(kind, bytes, docs);
}

/** Moves a reader past one entry of each kind, reading no more than it must. */
const SKIP: Record<ShardKind, (reader: ByteReader, docs: number) => void> = {
	dict: (reader) => {
		const count = reader.varint();
		for (let i = 0; i < count; i++) reader.skip(reader.varint());
	},
	sets: (reader, docs) => {
		if (reader.varint() === 0) reader.skip(reader.varint());
		else reader.bytes(Math.ceil(docs / 8));
	},
	post: (reader) => {
		const count = reader.varint();
		reader.skip(count);
		let offsets = 0;
		for (let i = 0; i < count; i++) offsets += reader.varint();
		reader.skip(offsets);
	},
};

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
