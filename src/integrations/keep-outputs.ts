/**
 * Keep the previous build's output folder instead of emptying it, so the pages Astro's incremental
 * build skips stay where they are (at 12,477 notices Astro copied 77,527 unchanged outputs back
 * from its cache on every rebuild: 115 s, BENCHMARKS.md); then remove what this build did not
 * write. A file stays when it is the output of a route of this build (rendered or skipped) or was
 * written during it (client assets, public files); anything else is left over from an earlier
 * build (a notice removed, an asset renamed) and goes, so a rebuild holds
 * exactly what a clean build writes (test/site/reproducible.test.ts). The search index's folders
 * (index-folders.ts) are left to the index integration, which writes only the index files that
 * changed and removes the rest itself.
 * Packs (src/lib/build/file-pack.ts) are unpacked first: their files are outputs too.
 * Listed before pagefind() in astro.config.mjs: a removed notice's page must be gone before the
 * notice pages are indexed.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PACK_EXTENSION } from '../lib/build/file-pack.ts';
import { removeEmptyFolders } from './empty-folders.ts';
import { INDEX_FOLDERS } from './index-folders.ts';
import { unpack } from './unpack.ts';

/**
 * Filesystems store modification times to the nanosecond here, but some (FAT, some network file
 * systems) round to 2 s: a file written in the build can look that much older than its start.
 */
const CLOCK_SLACK_MS = 2000;

/**
 * Removes files under `dir` that are neither listed nor written since `since`, then empty folders;
 * files under `skip` (folders relative to `dir`) stay.
 * @param dir The build's output folder.
 * @param keep Absolute paths of the route outputs of this build.
 * @param since When the build started (ms since the epoch).
 * @param skip Folders someone else keeps exact (the search index).
 * @returns The paths removed, relative to `dir`.
 */
export function removeLeftovers(dir: string, keep: ReadonlySet<string>, since: number, skip: readonly string[] = []): string[] {
	const removed = new Set<string>();
	const skipped = skip.map((folder) => join(dir, folder, sep));
	// One listing with each entry's type: only a file the build neither output nor wrote needs its
	// time read (at 3,742 notices the output folder holds 20,000 files in 11,000 folders).
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
	for (const entry of entries) {
		const path = join(entry.parentPath, entry.name);
		if (entry.isDirectory() || keep.has(path) || skipped.some((folder) => path.startsWith(folder))) continue;
		// A link is judged by what it points at (statSync follows links).
		const stat = statSync(path);
		if (stat.isFile() && stat.mtimeMs < since - CLOCK_SLACK_MS) {
			rmSync(path);
			removed.add(path);
		}
	}
	removeEmptyFolders(dir, entries, removed);
	return [...removed].map((path) => relative(dir, path)).sort();
}

/** The integration, listed before pagefind() in astro.config.mjs. */
export function keepOutputs(): AstroIntegration {
	let started = Date.now();
	let cacheDir: string | undefined;
	return {
		name: 'pilot-notices:keep-outputs',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': () => {
				started = Date.now();
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				const out = fileURLToPath(dir);
				const outputs = [...assets.values()].flat().map((url) => fileURLToPath(url));
				const packs = outputs.filter((path) => path.endsWith(PACK_EXTENSION));
				const unpacked = unpack(out, packs, cacheDir === undefined ? undefined : join(cacheDir, 'unpacked.json'));
				if (packs.length > 0) logger.info(`从 ${packs.length} 个打包文件写出 ${unpacked.written} 个文件（共 ${unpacked.files.length} 个） / wrote ${unpacked.written} of ${unpacked.files.length} files from ${packs.length} packs`);
				const keep = new Set([...outputs.filter((path) => !path.endsWith(PACK_EXTENSION)), ...unpacked.files]);
				const removed = removeLeftovers(out, keep, started, Object.values(INDEX_FOLDERS));
				if (removed.length > 0) logger.info(`删除上次构建留下的 ${removed.length} 个文件 / removed ${removed.length} files left from an earlier build`);
			},
		},
	};
}
