/**
 * Index a built site: Pagefind (extended, checked) over the notice pages through its Node API,
 * every response checked for errors; then the literal index and doc table, built from the text
 * Pagefind indexed (see src/search/README.md), in <out>/search/literal/, and each notice's fragment
 * under its notice number in <out>/search/fragments/. Used by the integration
 * at astro:build:done, and alone by the benchmark.
 *
 * Pagefind 1.6 needs about 1 MB of memory per Chinese page while it builds an index (5.1 GB for
 * 5,000 notices, measured), so notices are indexed in bundles of about BUNDLE_PAGES, two at a
 * time (index-bundles.ts), each written to its own folder (pagefind/, pagefind/part-1/, …) and merged in the
 * browser with Pagefind's mergeIndex. A page's bundle follows from a hash of its path, so adding or
 * editing a notice changes one bundle; with a cache folder, a bundle whose pages are byte for byte
 * those of an earlier build is copied from the cache instead of being indexed again, a run of notices
 * whose texts an earlier build scanned for the literal index is read from the cache (run-cache.ts),
 * and a literal index shard whose content an earlier build compressed too (gzip-cache.ts).
 * Only index files whose bytes changed are written, and files of an earlier index removed
 * (sync-folder.ts): the index folders then hold exactly what indexing an empty folder gives.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { buildLiteralIndex } from '../search/build/build-literal-index.ts';
import { docTableOf } from '../search/build/doc-table-of.ts';
import { formatDocTable } from '../search/build/format-doc-table.ts';
import { GzipCache } from '../search/build/gzip-cache.ts';
import { RunCache } from '../search/build/run-cache.ts';
import { noticeOrder } from '../search/build/notice-order.ts';
import { fragmentName } from '../search/literal-format.ts';
import { checkExtended } from './check-extended.ts';
import { INDEX_FOLDERS } from './index-folders.ts';
import { indexBundles, type BundleFile, type HtmlPage } from './index-bundles.ts';
import { PageFacts } from './page-facts.ts';
import { readFragments, type IndexedPage } from './read-fragments.ts';
import { syncFolder, type SyncCount } from './sync-folder.ts';
import { writeFile } from './write-file.ts';

/**
 * About this many notice pages per Pagefind bundle. The search page reads no bundle (fragments by
 * notice number), so the number of bundles costs a query nothing, and a rebuild after one changed
 * notice indexes one bundle again. Measured at 12,477 notices: bundles of 250 against 1,000 took the
 * one-notice rebuild's Pagefind step from 35 to 16 s and the clean index from 111 to 122 s.
 */
export const BUNDLE_PAGES = 250;

/** The folders of the built site that hold notice pages (the only pages with data-pagefind-body). */
const PAGE_FOLDERS = ['notices'];

// Bump when what a cached bundle holds changes; the Pagefind binary's banner (its version) is
// part of the key too.
const CACHE_FORMAT = 3;

/** What the cache keeps of an indexed bundle: Pagefind's files and the pages read from them. */
interface CachedBundle {
	files: BundleFile[];
	pages: IndexedPage[];
}

// Merged bundles need only their index files (the first bundle's script and WASM serve all).
const INDEX_ONLY = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|(index|fragment|filter)\/)/u;

/** A built page Pagefind should index: its path relative to the output folder, its bytes' hash, its text if read. */
interface NoticePage {
	path: string;
	hash: string;
	html?: string | undefined;
}

/** Built pages Pagefind should index (paths relative to `out`, sorted), their bytes' hashes from `facts`. */
function noticePages(out: string, facts: PageFacts): NoticePage[] {
	return PAGE_FOLDERS.filter((folder) => existsSync(join(out, folder)))
		.flatMap((folder) => readdirSync(join(out, folder), { recursive: true, encoding: 'utf8' }).map((file) => join(folder, file)))
		.filter((file) => file.endsWith('.html'))
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

/** Options of indexSite. */
export interface IndexOptions {
	/** About this many pages per Pagefind bundle. */
	bundlePages?: number;
	/** Where indexed bundles are kept for the next build (Astro's cacheDir); none: no cache. */
	cacheDir?: string | undefined;
	/** Pagefind service processes at once (index-bundles.ts); the benchmark compares 1 and 2. */
	services?: number;
}

/** What indexPagefind leaves for the literal index and the log. */
interface PagefindIndex {
	/** Every notice page's indexed text and facts, in notice order (notice numbers). */
	pages: Omit<IndexedPage, 'fragment'>[];
	/** Each bundle's folder. */
	bundles: string[];
	/** Bundles copied from the cache. */
	reused: number;
	written: SyncCount;
}

/**
 * Index the notice pages with Pagefind, in bundles (from the cache when it has them), and update
 * <out>/pagefind/. A function of its own so that the pages' HTML and the bundles' files are garbage
 * once it returns: kept alive through the literal index (a closure held them), they were 740 MB of
 * live heap at 12,477 notices (77 MB without them, --trace-gc) and slowed its collections.
 */
async function indexPagefind(out: string, banner: string, options: IndexOptions): Promise<PagefindIndex> {
	const { bundlePages = BUNDLE_PAGES, cacheDir, services } = options;
	const cache = cacheDir === undefined ? undefined : join(cacheDir, 'pagefind-bundles');
	const bundles: string[] = [];
	const kept = new Set<string>();
	const pages: IndexedPage[] = [];
	const pagefindFiles = new Map<string, Uint8Array>();
	const facts = new PageFacts(cacheDir === undefined ? undefined : join(cacheDir, 'pagefind-pages.bin'));
	const split = bundlesOf(noticePages(out, facts), bundlePages);
	facts.save();
	const keys = split.map((bundle) => bundleKey(bundle, banner));
	const cached = keys.map((key) => (cache === undefined ? undefined : join(cache, `${key}.bin`)));
	const missing = split.flatMap((_, i) => (existsSync(cached[i] ?? '') ? [] : [i]));
	// Only the pages of bundles not in the cache are read (if the facts did not need them read).
	const read = (pages: readonly NoticePage[]): HtmlPage[] => pages.map(({ path, html }) => ({ path, html: html ?? readFileSync(join(out, path), 'utf8') }));
	const built = await indexBundles(missing.map((i) => read(split[i] ?? [])), services);
	for (const [i, key] of keys.entries()) {
		const fresh = built[missing.indexOf(i)];
		// A cached bundle holds its pages as read from its fragments too: decoding them again was
		// 0.6 s of a rebuild at 3,742 notices (each fragment's bytes are stored once, v8 keeps
		// the page's reference to its file's).
		const bundle: CachedBundle = fresh === undefined ? (deserialize(readFileSync(cached[i] ?? '')) as CachedBundle) : { files: fresh, pages: readFragments(fresh) };
		if (fresh !== undefined && cached[i] !== undefined) writeFile(cached[i], serialize(bundle));
		const { files } = bundle;
		kept.add(`${key}.bin`);
		const folder = i === 0 ? '' : `part-${i}/`;
		for (const file of files) if (folder === '' || INDEX_ONLY.test(file.path)) pagefindFiles.set(`${folder}${file.path}`, file.content);
		pages.push(...bundle.pages);
		bundles.push(`pagefind/${folder}`);
	}
	const written = syncFolder(join(out, INDEX_FOLDERS.pagefind), pagefindFiles);
	// Each notice's fragment again under its notice number, for the search page; Pagefind's bundles
	// keep their own copies, for Pagefind's runtime. Then the fragments' bytes are garbage too.
	pages.sort(noticeOrder);
	const copied = syncFolder(join(out, INDEX_FOLDERS.fragments), new Map(pages.map((page, doc) => [fragmentName(doc), page.fragment])));
	// Bundles no page set points at any more.
	if (cache !== undefined && existsSync(cache)) for (const file of readdirSync(cache)) if (!kept.has(file)) rmSync(join(cache, file));
	return {
		pages: pages.map(({ fragment: _, ...page }) => page),
		bundles,
		reused: split.length - missing.length,
		written: { written: written.written + copied.written, removed: written.removed + copied.removed },
	};
}

/**
 * Index the site in `out`.
 * @param out The build's output folder.
 * @param log Where progress lines go.
 * @param options Bundle size and cache folder.
 * @example await indexSite('dist', console.log) // 'Pagefind indexed 6 notice pages in 1 bundle …'
 */
export async function indexSite(out: string, log: (line: string) => void, options: IndexOptions = {}): Promise<void> {
	const { cacheDir } = options;
	const banner = checkExtended();
	log(banner);
	const started = performance.now();
	const { pages, bundles, reused, written } = await indexPagefind(out, banner, options);
	const indexed = performance.now();
	const shards = cacheDir === undefined ? undefined : new GzipCache(join(cacheDir, 'literal-index', 'shards.bin'));
	const runs = cacheDir === undefined ? undefined : new RunCache(join(cacheDir, 'literal-index', 'runs'));
	const literal = await buildLiteralIndex(
		pages.map((page) => page.content),
		shards === undefined || runs === undefined ? {} : { compress: shards.compress, runs },
	);
	shards?.save();
	runs?.prune();
	const literalFiles = new Map<string, Uint8Array | string>([
		['manifest.json', JSON.stringify({ ...literal.manifest, pagefind: bundles })],
		['docs.bin', formatDocTable(docTableOf(pages))],
		...literal.files,
	]);
	const synced = syncFolder(join(out, INDEX_FOLDERS.literal), literalFiles);
	const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
	log(
		`Pagefind indexed ${pages.length} notice pages in ${bundles.length} bundle(s), ${reused} from the cache (${seconds(started, indexed)} s); ` +
			`literal index: ${literal.files.size} shard files, ${shards?.reused ?? 0} from the cache` +
			`${runs === undefined ? '' : `, ${runs.scanned} of ${runs.runs} runs of notices scanned`} (${seconds(indexed, performance.now())} s); ` +
			`${written.written + synced.written} index files written, ${written.removed + synced.removed} removed`,
	);
}
