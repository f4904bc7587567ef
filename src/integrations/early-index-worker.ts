/**
 * The early index's worker thread (early-index.ts): plans the notice pages' bundles as the Pagefind
 * step will (bundle-plan.ts), and indexes those the cache lacks one at a time in one Pagefind
 * service, posting each bundle's files back as it is done, until it is told to stop.
 */
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { cachedBundleFile, pageFactsFile, planBundles, readPages } from './bundle-plan.ts';
import { checkExtended } from './check-extended.ts';
import { indexBundles, type BundleFile } from './index-bundles.ts';
import { PageFacts } from './page-facts.ts';

/** What the worker is started with. */
export interface EarlyRequest {
	out: string;
	/** The notice pages Astro will have written, relative to `out`. */
	files: string[];
	cacheDir: string;
	bundlePages: number;
}

/** What it posts: a bundle's files under its key; at the end, how many bundles it planned, or why it failed. */
export type EarlyReply = { key: string; files: BundleFile[] } | { done: true; planned: number } | { failed: string };

const port = parentPort;
let stopped = false;
port?.on('message', (message: unknown) => {
	if (message === 'stop') stopped = true;
});

async function run({ out, files, cacheDir, bundlePages }: EarlyRequest): Promise<void> {
	const banner = checkExtended();
	const facts = new PageFacts(pageFactsFile(cacheDir));
	// The texts are dropped: 12,477 notice pages are about 750 MB as strings, and each bundle's are read again when it is indexed.
	const { bundles, keys } = planBundles(out, facts, banner, { bundlePages, only: new Set(files), keepHtml: false });
	facts.save();
	for (const [i, key] of keys.entries()) {
		if (stopped) break;
		if (existsSync(cachedBundleFile(cacheDir, key))) continue;
		const [built = []] = await indexBundles([readPages(out, bundles[i] ?? [])], 1);
		// Copied, not transferred: Pagefind's small files are views into Node's shared buffer pool.
		port?.postMessage({ key, files: built } satisfies EarlyReply);
	}
	port?.postMessage({ done: true, planned: keys.length } satisfies EarlyReply);
}

run(workerData as EarlyRequest).catch((error: unknown) => port?.postMessage({ failed: (error as Error).message } satisfies EarlyReply));
