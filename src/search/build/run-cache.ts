/**
 * Runs of notices scanned by earlier builds, one file a run (<folder>/<run hash>.bin), so that a
 * rebuild scans only the runs whose texts changed: each file holds the run's counts of candidate
 * grams per level, under the hash of the levels below (frequent-grams.ts), and its pieces
 * (run-pieces.ts) under the hash of all levels. What a file holds is what scanning the run gives, so
 * a build from the cache equals one without it. A file is written beside and renamed (an interrupted
 * build never leaves half of one), carries a CRC-32 of its content and the run's hash, and one that
 * does not read back whole counts as absent: the run is scanned again. `prune` removes the files
 * of runs the build did not have, so the folder holds one build's runs.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { COUNT_BYTES, GAP_BYTES, LEAF_FIELDS, OFFSET_BYTES, type RunPieces } from './run-pieces.ts';
import type { LevelCounts } from './run-walk.ts';

/** What the cache keeps of one run. */
export interface RunRecord {
	/** The run's counts by the tag of the levels below. */
	levels: Map<string, LevelCounts>;
	/** The tag of all levels, which the pieces were made with. */
	piecesTag: string;
	pieces: RunPieces;
}

const MAGIC = 0x4e55524c; // 'LRUN'
// Bump when the file's layout or what a level's counts or a run's pieces hold changes.
const FORMAT = 1;
const HEAD = 16;
const HASH = 32;

/** The cache folder of one build: records to read, records to write, files to keep. */
export class RunCache {
	readonly #folder: string;
	readonly #used = new Set<string>();
	/** Runs of this build, and how many of them were scanned (not read whole from the cache). */
	runs = 0;
	scanned = 0;

	/**
	 * @param folder Where the run files are (need not exist).
	 */
	constructor(folder: string) {
		this.#folder = folder;
	}

	/** The record of a run, or undefined when there is none that reads back whole. */
	get(hash: string): RunRecord | undefined {
		this.#used.add(hash);
		const file = join(this.#folder, `${hash}.bin`);
		try {
			return existsSync(file) ? parseRecord(readFileSync(file), hash) : undefined;
		} catch {
			return undefined;
		}
	}

	/** Keep a run's record for the next build. */
	set(hash: string, record: RunRecord): void {
		this.#used.add(hash);
		mkdirSync(this.#folder, { recursive: true });
		const file = join(this.#folder, `${hash}.bin`);
		const descriptor = openSync(`${file}.tmp`, 'w');
		try {
			writevSync(descriptor, formatRecord(record, hash));
		} finally {
			closeSync(descriptor);
		}
		renameSync(`${file}.tmp`, file);
	}

	/** Remove the files of runs this build neither read nor wrote. */
	prune(): void {
		if (!existsSync(this.#folder)) return;
		for (const name of readdirSync(this.#folder)) if (!(name.endsWith('.bin') && this.#used.has(name.slice(0, -'.bin'.length)))) rmSync(join(this.#folder, name), { force: true });
	}
}

const view = (array: ArrayBufferView) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** The record's bytes, in parts: the head (magic, format, CRC-32 and length of the rest), then the rest. */
function formatRecord(record: RunRecord, hash: string): Uint8Array[] {
	const parts: Uint8Array[] = [];
	let length = 0;
	const add = (bytes: Uint8Array) => {
		parts.push(bytes);
		length += bytes.length;
		// Every part starts 8-aligned, so that it reads back as a typed array in place.
		const pad = (8 - (length % 8)) % 8;
		if (pad > 0) {
			parts.push(new Uint8Array(pad));
			length += pad;
		}
	};
	const numbers = (...values: number[]) => add(view(Uint32Array.from(values)));
	add(Buffer.from(hash, 'base64url'));
	numbers(record.levels.size);
	for (const [tag, counts] of record.levels) {
		add(Buffer.from(tag, 'base64url'));
		numbers(counts.keys.length);
		add(view(counts.keys));
		add(view(counts.counts));
	}
	const { pieces } = record;
	add(Buffer.from(record.piecesTag, 'base64url'));
	numbers(pieces.docs, pieces.units.length, pieces.grams.length, pieces.leafKeys.length, pieces.leafBytes.length);
	for (const part of [pieces.units, pieces.unitDocs, pieces.grams, pieces.gramFirst, pieces.gramDocs, pieces.leafKeys, pieces.leafInfo, pieces.leafBytes]) add(view(part));
	const head = Buffer.alloc(HEAD);
	head.writeUInt32LE(MAGIC, 0);
	head.writeUInt32LE(FORMAT, 4);
	head.writeUInt32LE(parts.reduce((crc, part) => crc32(part, crc), 0), 8);
	head.writeUInt32LE(length, 12);
	return [head, ...parts];
}

/** Read a record back; throws when the file is not one whole record of this run. */
function parseRecord(file: Buffer, hash: string): RunRecord {
	if (file.length < HEAD || file.readUInt32LE(0) !== MAGIC || file.readUInt32LE(4) !== FORMAT) throw new Error('not a run record');
	if (file.readUInt32LE(12) !== file.length - HEAD || file.readUInt32LE(8) !== crc32(file.subarray(HEAD))) throw new Error('damaged');
	// Typed arrays over the file need it 8-aligned.
	const data = file.byteOffset % 8 === 0 ? file : Buffer.from(new Uint8Array(file).buffer);
	let at = HEAD;
	const take = <T>(bytes: number, make: (offset: number) => T): T => {
		if (at + bytes > data.length) throw new Error('truncated');
		const made = make(data.byteOffset + at);
		at += bytes + ((8 - (bytes % 8)) % 8);
		return made;
	};
	const { buffer } = data;
	const bytes = (n: number) => take(n, (offset) => new Uint8Array(buffer, offset, n));
	const tag = () => Buffer.from(bytes(HASH)).toString('base64url');
	const numbers = (n: number) => Array.from(take(4 * n, (offset) => new Uint32Array(buffer, offset, n)));
	if (tag() !== hash) throw new Error('another run');
	const levels = new Map<string, LevelCounts>();
	const [levelCount = 0] = numbers(1);
	for (let i = 0; i < levelCount; i++) {
		const key = tag();
		const [n = 0] = numbers(1);
		levels.set(key, {
			keys: take(8 * n, (offset) => new Float64Array(buffer, offset, n)),
			counts: take(4 * n, (offset) => new Uint32Array(buffer, offset, n)),
		});
	}
	const piecesTag = tag();
	const [docs = 0, units = 0, grams = 0, leaves = 0, leafBytes = 0] = numbers(5);
	const docBytes = Math.ceil(docs / 8);
	const pieces: RunPieces = {
		docs,
		units: take(2 * units, (offset) => new Uint16Array(buffer, offset, units)),
		unitDocs: bytes(units * docBytes),
		grams: take(4 * grams, (offset) => new Int32Array(buffer, offset, grams)),
		gramFirst: take(4 * grams, (offset) => new Int32Array(buffer, offset, grams)),
		gramDocs: bytes(grams * docBytes),
		leafKeys: take(8 * leaves, (offset) => new Float64Array(buffer, offset, leaves)),
		leafInfo: take(4 * LEAF_FIELDS * leaves, (offset) => new Int32Array(buffer, offset, LEAF_FIELDS * leaves)),
		leafBytes: bytes(leafBytes),
	};
	if (at !== data.length) throw new Error('trailing bytes');
	let total = 0;
	for (let i = 0; i < pieces.leafInfo.length; i += LEAF_FIELDS) total += (pieces.leafInfo[i + GAP_BYTES] ?? 0) + (pieces.leafInfo[i + COUNT_BYTES] ?? 0) + (pieces.leafInfo[i + OFFSET_BYTES] ?? 0);
	if (total !== leafBytes) throw new Error('leaf bytes do not add up');
	return { levels, piecesTag, pieces };
}
