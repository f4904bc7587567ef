/**
 * Many small build outputs carried in one ("a pack"). Astro spends a few milliseconds on every
 * output it writes, even one record as JSON, and its incremental build as long again on every
 * output it skips; at 12,477 notices the per-notice JSON and calendar files were about 37,000 of
 * 68,000 outputs (BENCHMARKS.md). Those files are rendered into a few dozen packs, one per shard
 * of notices, and written out of them at astro:build:done (src/integrations/keep-outputs.ts).
 *
 * A pack is a header line, the JSON list of its files as [path, byte length], then the files'
 * bytes one after the other. Paths are relative to the output folder, with `/` separators.
 */
import { createHash } from 'node:crypto';

/** One file of a pack. */
export interface PackFile {
	/** Where it goes, relative to the output folder: `data/notices/<id>.json`. */
	path: string;
	/** Its text. */
	content: string;
}

/** How many shards notices are spread over: a changed notice renders its shard's files again. */
export const PACK_SHARDS = 64;

/** The extension of a pack's output file, which keep-outputs unpacks and removes. */
export const PACK_EXTENSION = '.pack';

/**
 * A notice's shard: two digits from a hash of its id, so a notice stays in its shard as others
 * come and go.
 * @param id A notice id.
 * @example shardOf('tianjin-2025-pilot-call') // '37'
 */
export function shardOf(id: string): string {
	const shard = createHash('sha256').update(id).digest().readUInt32BE(0) % PACK_SHARDS;
	return String(shard).padStart(2, '0');
}

/** A path that stays inside the output folder: relative, `/`-separated, no `.` or `..` steps. */
const SAFE_PATH = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[^/\\\0][^\\\0]*$/u;

/**
 * The bytes of a pack holding `files`.
 * @param files Its files; a path outside the output folder is refused.
 * @example packBytes([{ path: 'a.json', content: '{}' }]) // '[["a.json",2]]\n{}' as bytes
 */
export function packBytes(files: readonly PackFile[]): Uint8Array<ArrayBuffer> {
	const bodies = files.map((file) => {
		if (!SAFE_PATH.test(file.path)) throw new Error(`打包路径不安全 / unsafe pack path: ${JSON.stringify(file.path)}`);
		return Buffer.from(file.content, 'utf8');
	});
	const header = JSON.stringify(files.map((file, i) => [file.path, bodies[i]!.length]));
	return Buffer.concat([Buffer.from(`${header}\n`, 'utf8'), ...bodies]);
}

/**
 * The files of a pack, their contents as bytes.
 * @param bytes A pack as packBytes wrote it.
 * @param name The pack's file, for errors.
 */
export function readPack(bytes: Uint8Array, name: string): { path: string; bytes: Uint8Array }[] {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const newline = buffer.indexOf(10);
	const fail = (why: string): never => {
		throw new Error(`${name}: 打包文件损坏（${why}） / corrupt pack (${why})`);
	};
	if (newline < 0) fail('no header');
	let header: unknown;
	try {
		header = JSON.parse(buffer.subarray(0, newline).toString('utf8'));
	} catch {
		fail('header is not JSON');
	}
	if (!Array.isArray(header)) return fail('header is not a list');
	let offset = newline + 1;
	const files = header.map((item: unknown) => {
		const [path, length] = Array.isArray(item) ? (item as unknown[]) : [];
		if (typeof path !== 'string' || !SAFE_PATH.test(path)) return fail(`unsafe path ${JSON.stringify(path)}`);
		if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) return fail(`bad length for ${path}`);
		const file = { path, bytes: buffer.subarray(offset, offset + length) };
		offset += length;
		return file;
	});
	if (offset !== buffer.length) fail(`${buffer.length - offset} bytes beyond its files`);
	return files;
}
