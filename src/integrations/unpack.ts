/**
 * Write the files of the build's packs (src/lib/build/file-pack.ts) into the output folder and
 * remove the packs. A pack Astro's incremental build skipped is byte for byte the last build's, so
 * its files are already in place: a record of each pack's hash, kept in the cache folder, lets
 * such a pack be listed without rewriting its files (only a missing one is written again).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readPack } from '../lib/build/file-pack.ts';
import { writeFile } from './write-file.ts';

/** What unpack did: every file the packs hold (absolute paths) and how many it wrote. */
export interface Unpacked {
	files: string[];
	written: number;
}

/** The record of packs unpacked by the last build: pack path → hash of its bytes. */
function readRecord(file: string | undefined): Record<string, string> {
	if (file === undefined || !existsSync(file)) return {};
	try {
		const record: unknown = JSON.parse(readFileSync(file, 'utf8'));
		return typeof record === 'object' && record !== null ? (record as Record<string, string>) : {};
	} catch {
		// A damaged record only costs rewriting every pack's files.
		return {};
	}
}

/**
 * Unpacks `packs` into `out`, then removes them.
 * @param out The output folder.
 * @param packs Absolute paths of the pack files this build output (rendered or kept).
 * @param recordFile Where the hashes of unpacked packs are kept between builds; none: always write.
 */
export function unpack(out: string, packs: readonly string[], recordFile: string | undefined): Unpacked {
	const before = readRecord(recordFile);
	const after: Record<string, string> = {};
	const files: string[] = [];
	let written = 0;
	for (const pack of [...packs].sort()) {
		const name = relative(out, pack).split(sep).join('/');
		const bytes = readFileSync(pack);
		const hash = createHash('sha256').update(bytes).digest('base64url');
		const unchanged = before[name] === hash;
		for (const file of readPack(bytes, name)) {
			const path = join(out, ...file.path.split('/'));
			files.push(path);
			if (unchanged && existsSync(path)) continue;
			writeFile(path, file.bytes);
			written += 1;
		}
		after[name] = hash;
		rmSync(pack);
	}
	if (recordFile !== undefined) writeFile(recordFile, `${JSON.stringify(after, null, '\t')}\n`);
	return { files, written };
}
