/**
 * The Pagefind step started while Astro still renders. Astro renders pages one after the other on
 * one thread, and Pagefind indexed only after the last page was written, so one of the build
 * machine's two cores idled through page generation (175 s at 12,477 notices) and both then worked
 * through Pagefind (74 s). Here the notice pages are rendered first (noticesFirst), and once Astro
 * has moved past them a worker thread plans their bundles exactly as the Pagefind step will
 * (bundle-plan.ts) and indexes those the cache lacks, one at a time in one Pagefind service, while
 * the other routes render. At astro:build:done the worker stops after the bundle in progress, and
 * the Pagefind step takes the bundles it finished by key: a bundle whose pages changed after it was
 * indexed has another key and is indexed again, so the index is the same as without this.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer } from 'astro';
import type { EarlyReply, EarlyRequest } from './early-index-worker.ts';
import type { BundleFile } from './index-bundles.ts';

// A path, not `new URL('./early-index-worker.ts', import.meta.url)`, which Vite would take for an asset.
const WORKER_FILE = join(dirname(fileURLToPath(import.meta.url)), 'early-index-worker.ts');

/** What the early index left for the Pagefind step. */
export interface EarlyResult {
	/** Bundles indexed, by key. */
	bundles: Map<string, BundleFile[]>;
	/** How many bundles it planned (indexed, found in the cache, or left when told to stop), if it got that far. */
	planned?: number;
	/** Why the worker stopped before it was told to, if it did. */
	failed?: string;
}

/** One build's early index: started at most once, taken at astro:build:done. */
export class EarlyIndex {
	readonly #bundles = new Map<string, BundleFile[]>();
	#planned: number | undefined;
	#worker: Worker | undefined;
	#finished: Promise<string | undefined> | undefined;

	/**
	 * Start indexing, in a worker thread.
	 * @param request The output folder, the notice pages written there, the cache folder, the bundle size.
	 */
	start(request: EarlyRequest): void {
		if (this.#worker !== undefined) return;
		const worker = new Worker(WORKER_FILE, { workerData: request });
		// A build that fails before astro:build:done does not wait for it.
		worker.unref();
		this.#worker = worker;
		this.#finished = new Promise((resolve) => {
			worker.on('message', (reply: EarlyReply) => {
				if ('key' in reply) this.#bundles.set(reply.key, reply.files);
				else if ('failed' in reply) resolve(reply.failed);
				else {
					this.#planned = reply.planned;
					resolve(undefined);
				}
			});
			worker.on('error', (error: unknown) => resolve((error as Error).message));
			worker.on('exit', (code) => resolve(`exited with code ${code}`));
		});
	}

	/**
	 * Hand over the bundles indexed (none if never started): by default once the worker stops after
	 * the bundle in progress; with `stop: false` once it has indexed every bundle.
	 */
	async take({ stop = true }: { stop?: boolean } = {}): Promise<EarlyResult> {
		const worker = this.#worker;
		if (worker === undefined) return { bundles: this.#bundles };
		if (stop) worker.postMessage('stop');
		const failed = await this.#finished;
		await worker.terminate();
		const planned = this.#planned === undefined ? {} : { planned: this.#planned };
		return failed === undefined ? { bundles: this.#bundles, ...planned } : { bundles: this.#bundles, ...planned, failed };
	}
}

/**
 * A prerenderer that renders the pages under `folders` before every other path (each group in
 * Astro's order) and calls `passed` with them once, when Astro asks for the first other page: by
 * then each of them has been written (Astro renders and writes one path at a time at
 * build.concurrency 1). A build that renders no other page after them (a rebuild that keeps the rest)
 * never calls it.
 * @param inner Astro's own prerenderer.
 * @param folders Top-level folders of the pages to render first, e.g. `['notices']`.
 * @param passed Told the pathnames of those pages, e.g. `['/notices/tj-2025/']`.
 */
export function noticesFirst(inner: AstroPrerenderer, folders: readonly string[], passed: (pathnames: string[]) => void): AstroPrerenderer {
	const first = (pathname: string) => folders.some((folder) => pathname.startsWith(`/${folder}/`));
	let pathnames: string[] = [];
	let told = false;
	return {
		name: `${inner.name}, notice pages first`,
		...(inner.setup === undefined ? {} : { setup: inner.setup.bind(inner) }),
		...(inner.teardown === undefined ? {} : { teardown: inner.teardown.bind(inner) }),
		...(inner.collectStaticImages === undefined ? {} : { collectStaticImages: inner.collectStaticImages.bind(inner) }),
		async getStaticPaths() {
			const paths = await inner.getStaticPaths();
			const ahead = paths.filter((path) => first(path.pathname));
			pathnames = ahead.map((path) => path.pathname);
			return [...ahead, ...paths.filter((path) => !first(path.pathname))];
		},
		render(request, options) {
			if (!told && pathnames.length > 0 && !first(new URL(request.url).pathname)) {
				told = true;
				passed(pathnames);
			}
			return inner.render(request, options);
		},
	};
}

/**
 * The file Astro writes a page to under build.format `directory`, relative to the output folder.
 * @example pageFile('/notices/tj-2025/') // 'notices/tj-2025/index.html'
 */
export function pageFile(pathname: string): string {
	return join(pathname.replace(/^\/+|\/+$/gu, ''), 'index.html');
}
