/**
 * Folders left empty once files are removed, found from one listing of the tree (with entry types)
 * instead of a stat and a listing of every folder: the output folder of 5,000 notices has over
 * 15,000 folders, and the search index's fragments a file each.
 */
import type { Dirent } from 'node:fs';
import { rmdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Removes the folders under `dir` that are empty once `removed` are gone, deepest first (a folder
 * holding only emptied folders goes too); `dir` itself stays.
 * @param dir The tree's root.
 * @param entries Its listing, `readdirSync(dir, { recursive: true, withFileTypes: true })`, taken before the removals.
 * @param removed Absolute paths of the entries removed since.
 */
export function removeEmptyFolders(dir: string, entries: readonly Dirent[], removed: ReadonlySet<string>): void {
	const held = new Map<string, number>([[dir, 0]]);
	for (const entry of entries) {
		const path = join(entry.parentPath, entry.name);
		if (entry.isDirectory()) held.set(path, held.get(path) ?? 0);
		if (!removed.has(path)) held.set(entry.parentPath, (held.get(entry.parentPath) ?? 0) + 1);
	}
	const folders = [...held.keys()].filter((folder) => folder !== dir).sort().reverse();
	for (const folder of folders) {
		if (held.get(folder) !== 0) continue;
		rmdirSync(folder);
		const parent = dirname(folder);
		held.set(parent, (held.get(parent) ?? 1) - 1);
	}
}
