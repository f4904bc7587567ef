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
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { holdStoreSave } from './hold-store-save.ts';
import { renderBodies } from './render-pool.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/** A file's entry id: its path under the folder without `.mdx`, with `/` separators. */
const entryId = (dir: string, file: string) => relative(dir, file).split(sep).join('/').replace(/\.mdx$/u, '');

/** A file whose digest differs from its stored entry's. */
interface Changed {
	id: string;
	file: string;
	contents: string;
	digest: string;
}

/** Files read at once: one at a time, 12,477 reads wait on the disk one after another. */
const READING = 16;

/** Reads every file and returns those whose stored entry has another digest, in the files' order. */
async function readChanged({ store, generateDigest }: LoaderContext, dir: string, files: readonly string[]): Promise<Changed[]> {
	const changed = new Array<Changed | undefined>(files.length);
	let next = 0;
	const reader = async () => {
		for (let index = next++; index < files.length; index = next++) {
			const file = files[index] as string;
			const contents = await readFile(file, 'utf8');
			const id = entryId(dir, file);
			const digest = generateDigest(contents);
			if (store.get(id)?.digest !== digest) changed[index] = { id, file, contents, digest };
		}
	};
	await Promise.all(Array.from({ length: READING }, reader));
	return changed.filter((entry) => entry !== undefined);
}

/**
 * Parses the changed files, renders their bodies (on worker threads when there are many:
 * render-pool.ts) and stores them. Nothing is stored unless every file is good; otherwise throws
 * one line naming the first bad file in path order (frontmatter, then data, then body errors).
 */
async function store(context: LoaderContext, changed: readonly Changed[]): Promise<void> {
	const root = fileURLToPath(context.config.root);
	const files = changed.map(({ id, file, contents, digest }) => {
		const filePath = relative(root, file).split(sep).join('/');
		return { id, file, filePath, digest, ...splitFrontmatter(contents, filePath) };
	});
	const abort = new AbortController();
	const onWorkerError = (error: Error) => context.logger.warn(`渲染线程出错，改在主线程渲染 / a render worker failed, rendering on the main thread: ${error.message}`);
	const rendering = renderBodies(files, { signal: abort.signal, onWorkerError });
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
		throw new Error(`${files[index]?.filePath}: ${result.error.message}`, { cause: result.error });
	});
	for (const [index, { id, filePath, digest }] of files.entries()) {
		context.store.set({ id, data: data[index] ?? {}, filePath, digest, rendered: { html: html[index] ?? '' } });
	}
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
			const start = performance.now();
			const release = holdStoreSave(context);
			let changed: Changed[];
			let read: number;
			try {
				changed = await readChanged(context, dir, files);
				read = performance.now();
				await store(context, changed);
			} finally {
				release();
			}
			const seconds = (to: number, from: number) => ((to - from) / 1000).toFixed(1);
			context.logger.info(
				`${files.length} 篇通知：读 ${seconds(read, start)} 秒，渲染 ${changed.length} 篇 ${seconds(performance.now(), read)} 秒 / ` +
					`${files.length} notices: read in ${seconds(read, start)} s, ${changed.length} rendered in ${seconds(performance.now(), read)} s`,
			);
			const seen = new Set(files.map((file) => entryId(dir, file)));
			for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
			// `astro dev`: a file ingest rewrote, added or removed shows on the next request.
			const inDir = (path: string) => path.startsWith(dir + sep) && path.endsWith('.mdx');
			context.watcher?.add(dir);
			const reload = (path: string) => {
				if (!inDir(path)) return;
				readChanged(context, dir, [path]).then((changed) => store(context, changed)).then(
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
