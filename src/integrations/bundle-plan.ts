/**
 * Which built pages Pagefind indexes and how they are split into bundles, each with the key its
 * cached index is kept under. Shared by the Pagefind step at astro:build:done (index-site.ts) and
 * by the early index, which indexes the same bundles while Astro still renders other routes
 * (early-index.ts): both plan from the same pages, so a bundle indexed early has the key the
 * step after the build looks for.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlPage } from './index-bundles.ts';
import type { PageFacts } from './page-facts.ts';

/**
 * About this many notice pages per Pagefind bundle. The search page reads no bundle (fragments by
 * notice number), so the number of bundles costs a query nothing, and a rebuild after one changed
 * notice indexes one bundle again. Measured at 12,477 notices: bundles of 250 against 1,000 took the
 * one-notice rebuild's Pagefind step from 35 to 16 s and the clean index from 111 to 122 s.
 */
export const BUNDLE_PAGES = 250;

/** The folders of the built site that hold notice pages (the only pages with data-pagefind-body). */
export const PAGE_FOLDERS = ['notices'];

// Bump when what a cached bundle holds changes; the Pagefind binary's banner (its version) is
// part of the key too.
const CACHE_FORMAT = 3;

/** A built page Pagefind should index: its path relative to the output folder, its bytes' hash, its text if read. */
export interface NoticePage {
	path: string;
	hash: string;
	html?: string | undefined;
}

/** The notice pages in bundles, and each bundle's cache key. */
export interface BundlePlan {
	bundles: NoticePage[][];
	keys: string[];
}

/**
 * Built pages Pagefind should index (paths relative to `out`, sorted), their bytes' hashes from
 * `facts`; with `only`, just those of these paths.
 */
function noticePages(out: string, facts: PageFacts, only: ReadonlySet<string> | undefined): NoticePage[] {
	return PAGE_FOLDERS.filter((folder) => existsSync(join(out, folder)))
		.flatMap((folder) => readdirSync(join(out, folder), { recursive: true, encoding: 'utf8' }).map((file) => join(folder, file)))
		.filter((file) => file.endsWith('.html') && (only === undefined || only.has(file)))
		.sort()
		.flatMap((path) => {
			const { hash, marked, html } = facts.of(join(out, path));
			return marked ? [{ path, hash, html }] : [];
		});
}

/**
 * Split pages into bundles by a hash of their paths: about `bundlePages` each, and a page stays in
 * its bundle while the bundle count stays the same. Empty bundles are dropped; with no pages at all
 * one empty bundle remains (the search page still needs Pagefind's script).
 */
export function bundlesOf<T extends { path: string }>(pages: readonly T[], bundlePages: number): T[][] {
	const count = Math.max(1, Math.ceil(pages.length / bundlePages));
	const bundles: T[][] = Array.from({ length: count }, () => []);
	for (const page of pages) bundles[createHash('sha256').update(page.path).digest().readUInt32BE(0) % count]?.push(page);
	const filled = bundles.filter((bundle) => bundle.length > 0);
	return filled.length > 0 ? filled : [[]];
}

/** What a bundle's index depends on: its pages (their paths and bytes) and the Pagefind binary. */
function bundleKey(pages: readonly NoticePage[], banner: string): string {
	const hash = createHash('sha256').update(`${CACHE_FORMAT} ${banner}\n`);
	for (const page of pages) hash.update(page.path).update('\0').update(page.hash).update('\0');
	return hash.digest('base64url');
}

/**
 * Plan the bundles of the notice pages in `out`.
 * @param facts Where each page's hash comes from (read, or kept from the last build).
 * @param banner The Pagefind binary's banner, part of every key.
 * @param options `only`: just these pages (paths relative to `out`); `keepHtml: false`: drop the
 *   text of pages read for their hash (a caller that indexes a bundle at a time reads it again).
 */
export function planBundles(out: string, facts: PageFacts, banner: string, options: { bundlePages: number; only?: ReadonlySet<string>; keepHtml?: boolean }): BundlePlan {
	const pages = noticePages(out, facts, options.only);
	if (options.keepHtml === false) for (const page of pages) delete page.html;
	const bundles = bundlesOf(pages, options.bundlePages);
	return { bundles, keys: bundles.map((bundle) => bundleKey(bundle, banner)) };
}

/** Where the cache keeps the notice pages' facts (page-facts.ts) between builds. */
export function pageFactsFile(cacheDir: string): string {
	return join(cacheDir, 'pagefind-pages.bin');
}

/** The folder of the cache that keeps indexed bundles, each as `<key>.bin`. */
export function bundleCacheFolder(cacheDir: string): string {
	return join(cacheDir, 'pagefind-bundles');
}

/** Where the cache keeps a bundle's index under its key (the Pagefind step and the early index both look there). */
export function cachedBundleFile(cacheDir: string, key: string): string {
	return join(bundleCacheFolder(cacheDir), `${key}.bin`);
}

/** A bundle's pages with their text, read from `out` when the plan does not hold it. */
export function readPages(out: string, pages: readonly NoticePage[]): HtmlPage[] {
	return pages.map(({ path, html }) => ({ path, html: html ?? readFileSync(join(out, path), 'utf8') }));
}
