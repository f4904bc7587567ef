/**
 * The literal index's entries from the runs' pieces (run-pieces.ts), each run placed at its first
 * notice number: the same entries a scan of all texts at once gives.
 */
import { encodeDict } from './encode-dict.ts';
import { encodeSet } from './encode-set.ts';
import type { FrequentSet } from './frequent-grams.ts';
import { leafText } from './leaf-postings.ts';
import type { ShardEntry } from './pack-shards.ts';
import { COUNT_BYTES, FIRST, GAP_BYTES, LAST, LEAF_FIELDS, NOTICES, OFFSET_BYTES, type RunPieces } from './run-pieces.ts';

/** A run's pieces and the number of its first notice. */
export interface PlacedRun {
	first: number;
	pieces: RunPieces;
}

/**
 * Dict entries: each frequent bigram and the longer frequent grams starting with it, by length
 * and then in the order of their first occurrences in the corpus.
 * @param runs The runs in notice order.
 * @param set The frequent grams.
 * @example dictEntries(runs, set)[0].key // a frequent bigram
 */
export function dictEntries(runs: readonly PlacedRun[], set: FrequentSet): ShardEntry[] {
	// First occurrence of each gram: its first run's place, then its offset there.
	const firstRun = new Int32Array(set.grams.length).fill(-1);
	const firstAt = new Int32Array(set.grams.length);
	runs.forEach(({ pieces }, r) => {
		pieces.grams.forEach((gram, i) => {
			if (firstRun[gram] !== -1) return;
			firstRun[gram] = r;
			firstAt[gram] = pieces.gramFirst[i] as number;
		});
	});
	const longer = new Map<string, string[]>();
	for (const level of set.levels) {
		const order = Array.from({ length: level.keys.length }, (_, id) => level.offset + id);
		order.sort((a, b) => (firstRun[a] as number) - (firstRun[b] as number) || (firstAt[a] as number) - (firstAt[b] as number));
		for (const gram of order) {
			const { text } = set.grams[gram] as { text: string };
			if (text.length === 2) longer.set(text, []);
			else longer.get(text.slice(0, 2))?.push(text);
		}
	}
	return [...longer].map(([bigram, rest]) => ({ key: bigram, bytes: encodeDict(bigram, rest) }));
}

/**
 * Sets entries: the notices containing each frequent gram and each character.
 * @param runs The runs in notice order.
 * @param docs Number of notices.
 * @param set The frequent grams.
 * @example setEntries(runs, 12, set).find((entry) => entry.key === '标') // its notices
 */
export function setEntries(runs: readonly PlacedRun[], docs: number, set: FrequentSet): ShardEntry[] {
	const bytes = Math.ceil(docs / 8);
	const gramDocs = set.grams.map(() => new Uint8Array(bytes));
	const unitDocs = new Map<number, Uint8Array>();
	for (const { first, pieces } of runs) {
		const runBytes = Math.ceil(pieces.docs / 8);
		pieces.grams.forEach((gram, i) => orBits(gramDocs[gram] as Uint8Array, first, pieces.gramDocs, i * runBytes, runBytes));
		pieces.units.forEach((unit, i) => {
			let bitmap = unitDocs.get(unit);
			if (bitmap === undefined) unitDocs.set(unit, (bitmap = new Uint8Array(bytes)));
			orBits(bitmap, first, pieces.unitDocs, i * runBytes, runBytes);
		});
	}
	return [
		...set.grams.map((gram, i) => ({ key: gram.text, bytes: encodeSet(gram.text, gramDocs[i] as Uint8Array) })),
		...[...unitDocs].map(([unit, bitmap]) => ({ key: String.fromCharCode(unit), bytes: encodeSet(String.fromCharCode(unit), bitmap) })),
	];
}

/** Set bits `at`, `at + 1`, … of `target` where bits 0, 1, … of `source[start…start + length]` are set. */
function orBits(target: Uint8Array, at: number, source: Uint8Array, start: number, length: number): void {
	const shift = at & 7;
	const base = at >> 3;
	for (let i = 0; i < length; i++) {
		const byte = source[start + i] as number;
		if (byte === 0) continue;
		target[base + i] = (target[base + i] as number) | ((byte << shift) & 0xff);
		if (shift > 0 && byte >> (8 - shift) !== 0) target[base + i + 1] = (target[base + i + 1] as number) | (byte >> (8 - shift));
	}
}

/** Bytes of n as a LEB128 varint. */
function varintLength(n: number): number {
	let length = 1;
	for (let rest = n; rest >= 0x80; rest = Math.floor(rest / 0x80)) length++;
	return length;
}

/** Write n as a LEB128 varint at `at`; returns where the next byte goes. */
function writeVarint(out: Uint8Array, at: number, n: number): number {
	let next = at;
	let rest = n;
	while (rest >= 0x80) {
		out[next++] = (rest % 0x80) | 0x80;
		rest = Math.floor(rest / 0x80);
	}
	out[next++] = rest;
	return next;
}

/** Copy `length` bytes: a loop for the shortest pieces, Buffer's copy (no subarray made) for the others. */
function copy(out: Uint8Array, at: number, source: Buffer, start: number, length: number): void {
	if (length > 16) source.copy(out, at, start, start + length);
	else for (let i = 0; i < length; i++) out[at + i] = source[start + i] as number;
}

/**
 * Post entries: each leaf, its number of notices, then its occurrences grouped by notice, in columns
 * (notice gaps, the first from 0; counts; offset gaps, from 0 in each notice), because columns of
 * similar numbers compress better. Each column is the runs' parts one after the other.
 * @param runs The runs in notice order.
 * @param set The frequent grams.
 * @example postEntries(runs, set).find((entry) => entry.key === '甲乙') // its occurrences
 */
export function postEntries(runs: readonly PlacedRun[], set: FrequentSet): ShardEntry[] {
	const pieceCount = runs.reduce((sum, run) => sum + run.pieces.leafKeys.length, 0);
	// Each piece: its run, its index there, where its bytes start, the next piece of its leaf.
	const pieceRun = new Int32Array(pieceCount);
	const pieceIndex = new Int32Array(pieceCount);
	const pieceStart = new Int32Array(pieceCount);
	const pieceNext = new Int32Array(pieceCount).fill(-1);
	const leafOf = new Map<number, number>();
	const keys: number[] = [];
	const head: number[] = [];
	const tail: number[] = [];
	const notices: number[] = [];
	const last: number[] = [];
	const size: number[] = [];
	let piece = 0;
	runs.forEach(({ first, pieces }, r) => {
		const { leafKeys, leafInfo } = pieces;
		let start = 0;
		for (let i = 0; i < leafKeys.length; i++, piece++) {
			const info = i * LEAF_FIELDS;
			pieceRun[piece] = r;
			pieceIndex[piece] = i;
			pieceStart[piece] = start;
			const bytes = (leafInfo[info + GAP_BYTES] as number) + (leafInfo[info + COUNT_BYTES] as number) + (leafInfo[info + OFFSET_BYTES] as number);
			start += bytes;
			const key = leafKeys[i] as number;
			let leaf = leafOf.get(key);
			if (leaf === undefined) {
				leaf = keys.length;
				leafOf.set(key, leaf);
				keys.push(key);
				head.push(piece);
				tail.push(piece);
				notices.push(0);
				last.push(0);
				size.push(0);
			} else {
				pieceNext[tail[leaf] as number] = piece;
				tail[leaf] = piece;
			}
			// The gap from the leaf's last notice in the runs before (from 0 in its first run).
			size[leaf] = (size[leaf] as number) + varintLength(first + (leafInfo[info + FIRST] as number) - (last[leaf] as number)) + bytes;
			last[leaf] = first + (leafInfo[info + LAST] as number);
			notices[leaf] = (notices[leaf] as number) + (leafInfo[info + NOTICES] as number);
		}
	});
	const texts = keys.map((key) => leafText(key, set.grams));
	const blobs = runs.map(({ pieces }) => Buffer.from(pieces.leafBytes.buffer, pieces.leafBytes.byteOffset, pieces.leafBytes.length));
	let total = 0;
	texts.forEach((text, leaf) => {
		let header = varintLength(text.length) + varintLength(notices[leaf] as number);
		for (let i = 0; i < text.length; i++) header += varintLength(text.charCodeAt(i));
		size[leaf] = (size[leaf] as number) + header;
		total += size[leaf] as number;
	});
	const out = new Uint8Array(total);
	const entries: ShardEntry[] = [];
	let at = 0;
	texts.forEach((text, leaf) => {
		const begin = at;
		at = writeVarint(out, at, text.length);
		for (let i = 0; i < text.length; i++) at = writeVarint(out, at, text.charCodeAt(i));
		at = writeVarint(out, at, notices[leaf] as number);
		// Column by column: notice gaps, counts, offset gaps.
		for (let column = 0; column < 3; column++) {
			let previous = 0;
			for (let p = head[leaf] as number; p >= 0; p = pieceNext[p] as number) {
				const { first, pieces } = runs[pieceRun[p] as number] as PlacedRun;
				const blob = blobs[pieceRun[p] as number] as Buffer;
				const info = (pieceIndex[p] as number) * LEAF_FIELDS;
				const gapBytes = pieces.leafInfo[info + GAP_BYTES] as number;
				const countBytes = pieces.leafInfo[info + COUNT_BYTES] as number;
				const start = pieceStart[p] as number;
				if (column === 0) {
					at = writeVarint(out, at, first + (pieces.leafInfo[info + FIRST] as number) - previous);
					previous = first + (pieces.leafInfo[info + LAST] as number);
					copy(out, at, blob, start, gapBytes);
					at += gapBytes;
				} else if (column === 1) {
					copy(out, at, blob, start + gapBytes, countBytes);
					at += countBytes;
				} else {
					const offsetBytes = pieces.leafInfo[info + OFFSET_BYTES] as number;
					copy(out, at, blob, start + gapBytes + countBytes, offsetBytes);
					at += offsetBytes;
				}
			}
		}
		entries.push({ key: text, bytes: out.subarray(begin, at) });
	});
	return entries;
}
