/**
 * The notices collection's loader: every `*.mdx` file under a folder, its frontmatter as the entry's
 * data (checked by the collection's schema) and its body rendered to HTML once per content digest
 * (src/lib/notice-body/), instead of compiled by @astrojs/mdx into a JavaScript module. At 12,477
 * notices Vite spent 55 s of every build compiling and bundling those modules (BENCHMARKS.md); the
 * HTML is kept in the content store beside its digest, so a rebuild renders only the files that
 * changed. The files stay MDX (ingest writes them from mdast) and are read with MDX's grammar;
 * nothing in them runs. Only public loader API is used (store, parseData, generateDigest, watcher).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderBody } from '../notice-body/render-body.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/** A file's entry id: its path under the folder without `.mdx`, with `/` separators. */
const entryId = (dir: string, file: string) => relative(dir, file).split(sep).join('/').replace(/\.mdx$/u, '');

/** Reads one file into the store, unless the stored entry has the same digest. */
async function sync(context: LoaderContext, dir: string, file: string): Promise<string> {
	const { store, parseData, generateDigest, config } = context;
	const id = entryId(dir, file);
	const contents = await readFile(file, 'utf8');
	const digest = generateDigest(contents);
	if (store.get(id)?.digest === digest) return id;
	const filePath = relative(fileURLToPath(config.root), file).split(sep).join('/');
	const { data, body, bodyLine } = splitFrontmatter(contents, filePath);
	const parsed = await parseData({ id, data, filePath: file });
	let html: string;
	try {
		html = renderBody(body, bodyLine);
	} catch (error) {
		throw new Error(`${filePath}: ${(error as Error).message}`, { cause: error });
	}
	store.set({ id, data: parsed, filePath, digest, rendered: { html } });
	return id;
}

/**
 * Loads the notice MDX files under `base` (`render(entry)` then prints the stored HTML).
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
			const seen = new Set<string>();
			for (const file of files) seen.add(await sync(context, dir, file));
			for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
			// `astro dev`: a file ingest rewrote, added or removed shows on the next request.
			const inDir = (path: string) => path.startsWith(dir + sep) && path.endsWith('.mdx');
			context.watcher?.add(dir);
			const reload = (path: string) => {
				if (!inDir(path)) return;
				sync(context, dir, path).then(
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
