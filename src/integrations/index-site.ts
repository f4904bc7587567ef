/**
 * Index a built site: Pagefind (extended, checked) over the notice pages through its Node API,
 * every response checked for errors; then the literal index and doc table, built from the text
 * Pagefind indexed (see src/search/README.md), in <out>/search/literal/, and each notice's fragment
 * under its notice number in <out>/search/fragments/. Used by the integration
 * at astro:build:done, and alone by the benchmark. Bundles the integration indexed while Astro
 * rendered the other routes (early-index.ts) are taken by their keys instead of being indexed again.
 *
 * Pagefind 1.6 needs about 1 MB of memory per Chinese page while it builds an index (5.1 GB for
 * 5,000 notices, measured), so notices are indexed in bundles of about BUNDLE_PAGES (bundle-plan.ts), two at a
 * time (index-bundles.ts), each written to its own folder (pagefind/, pagefind/part-1/, …) and merged in the
 * browser with Pagefind's mergeIndex. A page's bundle follows from a hash of its path, so adding or
 * editing a notice changes one bundle; with a cache folder, a bundle whose pages are byte for byte
 * those of an earlier build is copied from the cache instead of being indexed again, a run of notices
 * whose texts an earlier build scanned for the literal index is read from the cache (run-cache.ts),
 * and a literal index shard whose content an earlier build compressed too (gzip-cache.ts).
 * Only index files whose bytes changed are written, and files of an earlier index removed
 * (sync-folder.ts): the index folders then hold exactly what indexing an empty folder gives.
 */
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
import { BUNDLE_PAGES, bundleCacheFolder, cachedBundleFile, pageFactsFile, planBundles, readPages } from './bundle-plan.ts';
import { indexBundles, type BundleFile } from './index-bundles.ts';
import { PageFacts } from './page-facts.ts';
import { readFragments, type IndexedPage } from './read-fragments.ts';
import { syncFolder, type SyncCount } from './sync-folder.ts';
import { writeFile } from './write-file.ts';

/** What the cache keeps of an indexed bundle: Pagefind's files and the pages read from them. */
interface CachedBundle {
	files: BundleFile[];
	pages: IndexedPage[];
}

// Merged bundles need only their index files (the first bundle's script and WASM serve all).
const INDEX_ONLY = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|(index|fragment|filter)\/)/u;

/** Options of indexSite. */
export interface IndexOptions {
	/** About this many pages per Pagefind bundle. */
	bundlePages?: number;
	/** Where indexed bundles are kept for the next build (Astro's cacheDir); none: no cache. */
	cacheDir?: string | undefined;
	/** Pagefind service processes at once (index-bundles.ts); the benchmark compares 1 and 2. */
	services?: number;
	/** Bundles already indexed while Astro rendered the other routes (early-index.ts), by key. */
	early?: ReadonlyMap<string, BundleFile[]>;
}

/** What indexPagefind leaves for the literal index and the log. */
interface PagefindIndex {
	/** Every notice page's indexed text and facts, in notice order (notice numbers). */
	pages: Omit<IndexedPage, 'fragment'>[];
	/** Each bundle's folder. */
	bundles: string[];
	/** Bundles copied from the cache. */
	reused: number;
	/** Bundles indexed while Astro rendered the other routes. */
	early: number;
	written: SyncCount;
}

/**
 * Index the notice pages with Pagefind, in bundles (from the cache when it has them), and update
 * <out>/pagefind/. A function of its own so that the pages' HTML and the bundles' files are garbage
 * once it returns: kept alive through the literal index (a closure held them), they were 740 MB of
 * live heap at 12,477 notices (77 MB without them, --trace-gc) and slowed its collections.
 */
async function indexPagefind(out: string, banner: string, options: IndexOptions): Promise<PagefindIndex> {
	const { bundlePages = BUNDLE_PAGES, cacheDir, services, early } = options;
	const cache = cacheDir === undefined ? undefined : bundleCacheFolder(cacheDir);
	const bundles: string[] = [];
	const kept = new Set<string>();
	const pages: IndexedPage[] = [];
	const pagefindFiles = new Map<string, Uint8Array>();
	const facts = new PageFacts(cacheDir === undefined ? undefined : pageFactsFile(cacheDir));
	const { bundles: split, keys } = planBundles(out, facts, banner, { bundlePages });
	facts.save();
	const cached = keys.map((key) => (cacheDir === undefined ? undefined : cachedBundleFile(cacheDir, key)));
	const earlyFiles = keys.map((key) => early?.get(key));
	const missing = split.flatMap((_, i) => (earlyFiles[i] !== undefined || existsSync(cached[i] ?? '') ? [] : [i]));
	// Only the pages of bundles not in the cache are read (if the facts did not need them read).
	const built = await indexBundles(missing.map((i) => readPages(out, split[i] ?? [])), services);
	for (const [i, key] of keys.entries()) {
		const fresh = earlyFiles[i] ?? built[missing.indexOf(i)];
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
		reused: split.length - missing.length - earlyFiles.filter((files) => files !== undefined).length,
		early: earlyFiles.filter((files) => files !== undefined).length,
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
	const { pages, bundles, reused, early, written } = await indexPagefind(out, banner, options);
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
		`Pagefind indexed ${pages.length} notice pages in ${bundles.length} bundle(s), ${reused} from the cache` +
			`${early > 0 ? `, ${early} indexed while pages rendered` : ''} (${seconds(started, indexed)} s); ` +
			`literal index: ${literal.files.size} shard files, ${shards?.reused ?? 0} from the cache` +
			`${runs === undefined ? '' : `, ${runs.scanned} of ${runs.runs} runs of notices scanned`} (${seconds(indexed, performance.now())} s); ` +
			`${written.written + synced.written} index files written, ${written.removed + synced.removed} removed`,
	);
}
