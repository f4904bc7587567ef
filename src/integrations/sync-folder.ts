/**
 * Make a folder hold exactly the given files: write a file only when its bytes differ from what
 * is there, remove every other file and the folders left empty. The search index's folders are
 * kept this way (keep-outputs.ts leaves them alone), so a rebuild after one changed notice writes
 * the few index files that changed instead of thousands.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { removeEmptyFolders } from './empty-folders.ts';
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
	const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
	const gone = new Set<string>();
	for (const entry of entries) {
		const path = join(entry.parentPath, entry.name);
		if (entry.isDirectory() || wanted.has(path)) continue;
		// A link is judged by what it points at (statSync follows links).
		if (entry.isFile() || statSync(path).isFile()) {
			rmSync(path);
			gone.add(path);
			removed++;
		}
	}
	removeEmptyFolders(folder, entries, gone);
	return { written, removed };
}
