/**
 * Index a built site: Pagefind (extended, checked) over the notice pages through its Node API,
 * every response checked for errors; then the literal index and doc table, built from the text
 * Pagefind indexed (see src/search/README.md), in <out>/search/literal/. Used by the integration
 * at astro:build:done, and alone by the benchmark.
 *
 * Pagefind 1.6 needs about 1 MB of memory per Chinese page while it builds an index (5.1 GB for
 * 5,000 notices, measured), so notices are indexed in bundles of at most BUNDLE_PAGES, one after
 * the other, each written to its own folder (pagefind/, pagefind/part-1/, …) and merged in the
 * browser with Pagefind's mergeIndex.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { buildLiteralIndex } from '../search/build/build-literal-index.ts';
import { docTableOf } from '../search/build/doc-table-of.ts';
import { checkExtended } from './check-extended.ts';
import { readFragments, type IndexedPage } from './read-fragments.ts';
import { writeFile } from './write-file.ts';

/** Most notice pages per Pagefind bundle: about 2 GB while Pagefind builds it. */
export const BUNDLE_PAGES = 2000;

// The search page uses Pagefind's JS API with its own elements: the bundled UIs are not shipped,
// and merged bundles need only their index files (the first bundle's script and WASM serve all).
const UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\./u;
const INDEX_ONLY = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|(index|fragment|filter)\/)/u;

function check<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
	return response;
}

/** Built pages Pagefind should index: those with a data-pagefind-body element. */
function noticePages(out: string): string[] {
	return readdirSync(out, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && readFileSync(join(out, file), 'utf8').includes('data-pagefind-body'))
		.sort();
}

/** Index one bundle of pages and write it; returns its pages as Pagefind recorded them. */
async function indexBundle(out: string, files: readonly string[], folder: string): Promise<IndexedPage[]> {
	try {
		const { index } = check('createIndex', await pagefind.createIndex({}));
		if (index === undefined) throw new Error('Pagefind createIndex returned no index');
		for (const file of files) check(`addHTMLFile ${file}`, await index.addHTMLFile({ sourcePath: file, content: readFileSync(join(out, file), 'utf8') }));
		const written = check('getFiles', await index.getFiles()).files;
		for (const file of written) {
			if (!UI.test(file.path) && (folder === 'pagefind' || INDEX_ONLY.test(file.path))) writeFile(join(out, folder, file.path), file.content);
		}
		return readFragments(written);
	} finally {
		// Stops the service, which frees its memory before the next bundle.
		await pagefind.close();
	}
}

/**
 * Index the site in `out`.
 * @param out The build's output folder.
 * @param log Where progress lines go.
 * @param bundlePages Most pages per Pagefind bundle.
 * @example await indexSite('dist', console.log) // 'Pagefind indexed 6 notice pages in 1 bundle …'
 */
export async function indexSite(out: string, log: (line: string) => void, bundlePages = BUNDLE_PAGES): Promise<void> {
	log(checkExtended());
	const files = noticePages(out);
	const bundles: string[] = [];
	const pages: IndexedPage[] = [];
	for (let from = 0; from < Math.max(files.length, 1); from += bundlePages) {
		const folder = from === 0 ? 'pagefind' : `pagefind/part-${bundles.length}`;
		pages.push(...(await indexBundle(out, files.slice(from, from + bundlePages), folder)));
		bundles.push(`${folder}/`);
	}
	pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	const literal = buildLiteralIndex(pages.map((page) => page.content));
	const folder = join(out, 'search', 'literal');
	writeFile(join(folder, 'manifest.json'), JSON.stringify({ ...literal.manifest, pagefind: bundles }));
	writeFile(join(folder, 'docs.json'), JSON.stringify(docTableOf(pages)));
	for (const [name, bytes] of literal.files) writeFile(join(folder, name), bytes);
	log(`Pagefind indexed ${pages.length} notice pages in ${bundles.length} bundle(s); literal index: ${literal.files.size} shard files`);
}
