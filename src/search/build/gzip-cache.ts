/**
 * Compressed shards kept for the next build, by a hash of their uncompressed bytes: gzip -9 is
 * most of the literal index's time after the scans, and a rebuild after one changed notice changes
 * the content of few shards, so the others' compressed bytes are read back instead of compressed
 * again. The bytes are those gzip gave for the same content, so a cached index equals a clean one;
 * the key holds zlib's version, in case another version compresses differently.
 * Kept in one file (one read and at most one write a build, not thousands of small files); a save
 * keeps only the shards this build used.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

// Bump when what the key or the file holds changes.
const FORMAT = 1;
const HASH_BYTES = 32;

/** Compresses shard bytes (gzip -9), from the cache when it can. */
export type Compress = (bytes: Buffer) => Promise<Uint8Array>;

/** gzip -9, uncached. */
export const gzip9: Compress = async (bytes) => new Uint8Array(await gzipAsync(bytes, { level: 9 }));

/** A cache file of compressed shards: `compress` to use, `save` once the index is built. */
export class GzipCache {
	readonly #file: string;
	readonly #stored = new Map<string, Uint8Array>();
	readonly #used = new Map<string, Uint8Array>();
	#added = 0;
	/** Shards compressed in this build, and shards read from the cache. */
	compressed = 0;
	reused = 0;

	/**
	 * @param file The cache file (need not exist; an unreadable one counts as empty).
	 */
	constructor(file: string) {
		this.#file = file;
		if (!existsSync(file)) return;
		const data = readFileSync(file);
		if (data.length < 8 || data.readUInt32LE(0) !== FORMAT) return;
		const count = data.readUInt32LE(4);
		let at = 8;
		for (let i = 0; i < count && at + HASH_BYTES + 4 <= data.length; i++) {
			const key = data.toString('base64', at, at + HASH_BYTES);
			const length = data.readUInt32LE(at + HASH_BYTES);
			at += HASH_BYTES + 4;
			if (at + length > data.length) break;
			this.#stored.set(key, new Uint8Array(data.buffer, data.byteOffset + at, length));
			at += length;
		}
	}

	/** gzip -9 of `bytes`, read from the cache when the same bytes were compressed before. */
	readonly compress: Compress = async (bytes) => {
		const key = createHash('sha256').update(`${FORMAT} zlib ${process.versions.zlib} 9\n`).update(bytes).digest('base64');
		const known = this.#used.get(key) ?? this.#stored.get(key);
		if (known !== undefined) {
			this.reused++;
			this.#used.set(key, known);
			return known;
		}
		const packed = await gzip9(bytes);
		this.compressed++;
		this.#added++;
		this.#used.set(key, packed);
		return packed;
	};

	/** Write the shards this build used (only when that differs from what the file holds). */
	save(): void {
		if (this.#added === 0 && this.#used.size === this.#stored.size) return;
		const head = Buffer.alloc(8);
		head.writeUInt32LE(FORMAT, 0);
		head.writeUInt32LE(this.#used.size, 4);
		const parts: Uint8Array[] = [head];
		for (const key of [...this.#used.keys()].sort()) {
			const bytes = this.#used.get(key) as Uint8Array;
			const entry = Buffer.alloc(HASH_BYTES + 4);
			entry.write(key, 0, 'base64');
			entry.writeUInt32LE(bytes.length, HASH_BYTES);
			parts.push(entry, bytes);
		}
		mkdirSync(dirname(this.#file), { recursive: true });
		// Written beside and renamed, so an interrupted build never leaves half a cache file.
		writeFileSync(`${this.#file}.tmp`, Buffer.concat(parts));
		renameSync(`${this.#file}.tmp`, this.#file);
	}
}
