/**
 * The notices collection's loader: every `*.mdx` file under a folder, its frontmatter as the entry's
 * data (checked by the collection's schema) and its body rendered to HTML once per content digest
 * (src/lib/notice-body/), instead of compiled by @astrojs/mdx into a JavaScript module. At 12,477
 * notices Vite spent 55 s of every build compiling and bundling those modules (BENCHMARKS.md); the
 * HTML is kept in a file per digest beside the content store (notice-html.ts: not in the store, which
 * Astro serializes, bundles and compiles whole on every build), so a rebuild renders only the files
 * that changed, and a clean build renders them on worker threads (render-pool.ts). The files stay MDX
 * (ingest writes them from mdast) and are read with MDX's grammar; nothing in them runs. Only public
 * loader API is used (store, meta, parseData, generateDigest, watcher).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { writeFile } from '../../integrations/write-file.ts';
import { holdStoreSave } from './hold-store-save.ts';
import { noticeHtmlDir, noticeHtmlFile, noticeHtmlName } from './notice-html.ts';
import { entryId, readChanged, type Changed, type Current } from './read-changed.ts';
import { renderBodies } from './render-pool.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/**
 * What the HTML of a body depends on besides the file: the renderer's own code (src/lib/notice-body)
 * and the installed packages. Part of every entry's digest, so a changed renderer renders every
 * body again instead of serving HTML an older one wrote.
 */
function rendererKey(root: URL): string {
	const hash = createHash('sha256');
	const dir = fileURLToPath(new URL('../notice-body/', import.meta.url));
	// The loader runs from its source file (Astro loads the content config with Vite's module runner).
	if (!existsSync(dir)) throw new Error(`找不到正文渲染代码 / the body renderer's folder is missing: ${dir}`);
	for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
	const lockfile = fileURLToPath(new URL('package-lock.json', root));
	if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
	return hash.digest('base64url');
}

/** The renderer's key, and whether an entry's body HTML is on disk. */
const currentOf = (context: LoaderContext): Current => ({
	salt: rendererKey(context.config.root),
	kept: (digest) => existsSync(noticeHtmlFile(context.config.cacheDir, digest)),
});

/**
 * Parses the changed files, renders their bodies (on worker threads when there are many:
 * render-pool.ts) and stores them. Nothing is stored unless every file is good; otherwise throws
 * one line naming the first bad file in path order (frontmatter, then data, then body errors).
 */
async function storeChanged(context: LoaderContext, changed: readonly Changed[]): Promise<void> {
	const root = fileURLToPath(context.config.root);
	const files = changed.map(({ id, file, contents, digest }) => {
		const filePath = relative(root, file).split(sep).join('/');
		return { id, file, filePath, digest, ...splitFrontmatter(contents, filePath) };
	});
	const abort = new AbortController();
	const onWorkerError = (error: Error) => context.logger.warn(`渲染线程出错，改在主线程渲染 / a render worker failed, rendering on the main thread: ${error.message}`);
	// The same contents rendered by the same code: a store Astro cleared reuses the files on disk.
	const htmlFiles = files.map(({ digest }) => noticeHtmlFile(context.config.cacheDir, digest));
	const toRender = files.filter((_, index) => !existsSync(htmlFiles[index] ?? ''));
	const rendering = renderBodies(toRender, { signal: abort.signal, onWorkerError });
	const data: Record<string, unknown>[] = [];
	try {
		for (const { id, file, data: unchecked } of files) {
			data.push(await context.parseData({ id, data: unchecked, filePath: file }));
			// Lets the render pool hand out bodies while the schema checks run.
			if (data.length % 8 === 0) await nextTurn();
		}
	} catch (error) {
		abort.abort();
		throw error;
	}
	const rendered = await rendering;
	const html = rendered.map((result, index) => {
		if ('html' in result) return result.html;
		throw new Error(`${toRender[index]?.filePath}: ${result.error.message}`, { cause: result.error });
	});
	// Each file written whole before it is named: a stopped build never leaves half a body.
	for (const [index, { digest }] of toRender.entries()) {
		const file = noticeHtmlFile(context.config.cacheDir, digest);
		writeFile(`${file}.tmp`, html[index] ?? '');
		renameSync(`${file}.tmp`, file);
	}
	for (const [index, { id, filePath, digest }] of files.entries()) {
		context.store.set({ id, data: data[index] ?? {}, filePath, digest });
	}
}

/**
 * Loads the notice MDX files under `base` (the notice page reads each body's HTML with readNoticeHtml).
 * @param base The folder ingest wrote (content/notices, or a test's), relative to the project root.
 */
export function noticeLoader(base: string): Loader {
	return {
		name: 'notice-loader',
		async load(context) {
			const dir = resolve(fileURLToPath(context.config.root), base);
			const files = (await readdir(dir, { recursive: true }))
				.filter((name) => name.endsWith('.mdx'))
				.sort()
				.map((name) => join(dir, name));
			const start = performance.now();
			const release = holdStoreSave(context);
			let changed: Changed[];
			let read: number;
			try {
				changed = await readChanged(context, dir, files, currentOf(context));
				read = performance.now();
				await storeChanged(context, changed);
			} finally {
				release();
			}
			// Where a content sync's time goes, in the build log.
			const [reading, storing] = [(read - start) / 1000, (performance.now() - read) / 1000].map((seconds) => seconds.toFixed(1));
			context.logger.info(
				`读 ${files.length} 篇 ${reading} 秒，解析渲染改动的 ${changed.length} 篇 ${storing} 秒 / ` +
					`read ${files.length} notices in ${reading} s, parsed and rendered the ${changed.length} changed in ${storing} s`,
			);
			const seen = new Set(files.map((file) => entryId(dir, file)));
			for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
			// Bodies of files that changed or went away.
			const bodies = new Set(context.store.values().map((entry) => noticeHtmlName(entry.digest ?? '')));
			const htmlDir = noticeHtmlDir(context.config.cacheDir);
			if (existsSync(htmlDir)) for (const name of readdirSync(htmlDir)) if (!bodies.has(name)) rmSync(join(htmlDir, name));
			// `astro dev`: a file ingest rewrote, added or removed shows on the next request.
			const inDir = (path: string) => path.startsWith(dir + sep) && path.endsWith('.mdx');
			context.watcher?.add(dir);
			const reload = (path: string) => {
				if (!inDir(path)) return;
				readChanged(context, dir, [path], currentOf(context)).then((changed) => storeChanged(context, changed)).then(
					() => context.logger.info(`重新载入 / reloaded ${relative(dir, path)}`),
					(error: Error) => context.logger.error(error.message),
				);
			};
			context.watcher?.on('change', reload);
			context.watcher?.on('add', reload);
			context.watcher?.on('unlink', (path) => {
				if (inDir(path)) context.store.delete(entryId(dir, path));
			});
		},
	};
}
