/**
 * Make a folder hold exactly the given files: write a file only when its bytes differ from what
 * is there, remove every other file and the folders left empty. The search index's folders are
 * kept this way (keep-outputs.ts leaves them alone), so a rebuild after one changed notice writes
 * the few index files that changed instead of thousands.
 */
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFile } from './write-file.ts';

/** How many files a sync wrote and removed. */
export interface SyncCount {
	written: number;
	removed: number;
}

/**
 * @param folder The folder (created when missing).
 * @param files Its files by path relative to it ('/' between folders), with their bytes.
 * @example syncFolder('dist/search/literal', new Map([['manifest.json', '{}']])) // { written: 1, removed: 0 }
 */
export function syncFolder(folder: string, files: ReadonlyMap<string, Uint8Array | string>): SyncCount {
	let written = 0;
	let removed = 0;
	mkdirSync(folder, { recursive: true });
	for (const [path, data] of files) {
		const file = join(folder, path);
		const bytes = typeof data === 'string' ? Buffer.from(data) : data;
		const stat = statSync(file, { throwIfNoEntry: false });
		if (stat?.isFile() && stat.size === bytes.length && Buffer.compare(readFileSync(file), bytes) === 0) continue;
		if (stat?.isDirectory()) rmSync(file, { recursive: true });
		writeFile(file, bytes);
		written++;
	}
	const wanted = new Set([...files.keys()].map((path) => join(folder, path)));
	const entries = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
	for (const entry of entries) {
		const path = join(folder, entry);
		if (!wanted.has(path) && statSync(path).isFile()) {
			rmSync(path);
			removed++;
		}
	}
	// Deepest first, so a folder emptied of folders goes too.
	for (const entry of entries.reverse()) {
		const path = join(folder, entry);
		if (statSync(path, { throwIfNoEntry: false })?.isDirectory() && readdirSync(path).length === 0) rmdirSync(path);
	}
	return { written, removed };
}
