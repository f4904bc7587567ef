/**
 * The notices collection's loader: every `*.mdx` file under a folder, its frontmatter as the entry's
 * data (checked by the collection's schema) and its body rendered to HTML once per content digest
 * (src/lib/notice-body/), instead of compiled by @astrojs/mdx into a JavaScript module. At 12,477
 * notices Vite spent 55 s of every build compiling and bundling those modules (BENCHMARKS.md); the
 * HTML is kept in a file per digest beside the content store (notice-html.ts), so a rebuild renders
 * only the files that changed. The files stay MDX (ingest writes them from mdast) and are read with MDX's grammar;
 * nothing in them runs. Only public loader API is used (store, parseData, generateDigest, watcher).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFile } from '../../integrations/write-file.ts';
import { renderBody } from '../notice-body/render-body.ts';
import { noticeHtmlDir, noticeHtmlFile, noticeHtmlName } from './notice-html.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/** A file's entry id: its path under the folder without `.mdx`, with `/` separators. */
const entryId = (dir: string, file: string) => relative(dir, file).split(sep).join('/').replace(/\.mdx$/u, '');

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

/**
 * Reads one file into the store, unless the stored entry has the same digest and its body's HTML
 * is on disk. The HTML goes to its own file (notice-html.ts), written whole before it is named.
 */
async function sync(context: LoaderContext, dir: string, file: string, renderer: string): Promise<string | number> {
	const { store, parseData, generateDigest, config } = context;
	const id = entryId(dir, file);
	const contents = await readFile(file, 'utf8');
	const digest = generateDigest(`${renderer}\0${contents}`);
	const html = noticeHtmlFile(config.cacheDir, digest);
	const stored = store.get(id)?.digest === digest;
	if (stored && existsSync(html)) return digest;
	const filePath = relative(fileURLToPath(config.root), file).split(sep).join('/');
	const { data, body, bodyLine } = splitFrontmatter(contents, filePath);
	const parsed = await parseData({ id, data, filePath: file });
	// The same contents rendered by the same code: a store Astro cleared can reuse the file.
	if (!existsSync(html)) {
		let rendered: string;
		try {
			rendered = renderBody(body, bodyLine);
		} catch (error) {
			throw new Error(`${filePath}: ${(error as Error).message}`, { cause: error });
		}
		writeFile(`${html}.tmp`, rendered);
		renameSync(`${html}.tmp`, html);
	}
	store.set({ id, data: parsed, filePath, digest });
	return digest;
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
			const renderer = rendererKey(context.config.root);
			const seen = new Set<string>();
			const digests = new Set<string>();
			for (const file of files) {
				seen.add(entryId(dir, file));
				digests.add(noticeHtmlName(await sync(context, dir, file, renderer)));
			}
			for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
			// Bodies of files that changed or went away.
			const htmlDir = noticeHtmlDir(context.config.cacheDir);
			if (existsSync(htmlDir)) for (const name of readdirSync(htmlDir)) if (!digests.has(name)) rmSync(join(htmlDir, name));
			// `astro dev`: a file ingest rewrote, added or removed shows on the next request.
			const inDir = (path: string) => path.startsWith(dir + sep) && path.endsWith('.mdx');
			context.watcher?.add(dir);
			const reload = (path: string) => {
				if (!inDir(path)) return;
				sync(context, dir, path, rendererKey(context.config.root)).then(
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
