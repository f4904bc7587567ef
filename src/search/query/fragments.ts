/**
 * Pagefind's fragment files, read by the search page itself (issue 16): a shown result needs only
 * its page's fragment (text, title, headings), and the doc table says which file of which bundle
 * holds it, so the page loads no Pagefind script, WASM or metadata. A fragment comes out as
 * Pagefind 1.6's `result.data()` gives it (pagefind.js `loadFragment`): `content` without the
 * U+200B word separators, `raw_content` with them and with < and > escaped, `url` under the site's
 * base. Files are cached, so a fragment group is fetched once for all its pages.
 */
import type { DocTable } from '../doc-table.ts';
import type { PageAnchor } from '../show/result-sections.ts';
import { inflateShard } from './inflate-shard.ts';

/** A page's fragment, as the search page uses it. */
export interface PagefindFragment {
	url: string;
	/** The indexed text (Pagefind's word separators removed). */
	content: string;
	/** The same with U+200B between words, < and > escaped. */
	raw_content: string;
	meta: Record<string, string>;
	anchors: PageAnchor[];
}

/** A fragment as stored: one page, or a group of pages by id (Pagefind's fragment groups). */
type StoredFragment = Omit<PagefindFragment, 'raw_content'>;

/** Fetches a file of the site by its path under the base, as bytes. */
export type SiteLoader = (path: string) => Promise<Uint8Array>;

export class Fragments {
	readonly #table: DocTable;
	readonly #bundles: readonly string[];
	readonly #base: string;
	readonly #load: SiteLoader;
	readonly #files = new Map<string, Promise<unknown>>();

	/**
	 * @param table The doc table (bundle and file of each notice).
	 * @param bundles Pagefind bundle folders relative to the base (the manifest's `pagefind`).
	 * @param base The site's base path, e.g. `/`; fragment urls are put under it as Pagefind does.
	 * @param load Fetches a path under the base.
	 */
	constructor(table: DocTable, bundles: readonly string[], base: string, load: SiteLoader) {
		this.#table = table;
		this.#bundles = bundles;
		this.#base = base;
		this.#load = load;
	}

	/**
	 * Notice `doc`'s fragment.
	 * @example (await fragments.of(3)).meta.title // '关于开展…的通知'
	 */
	async of(doc: number): Promise<PagefindFragment> {
		const id = this.#table.pages[doc] ?? '';
		const file = `${this.#bundles[this.#table.bundles[doc] ?? 0] ?? ''}fragment/${this.#table.files[doc] ?? ''}.pf_fragment`;
		const data = (await this.#file(file)) as StoredFragment | Record<string, StoredFragment>;
		const stored = typeof data.url === 'string' ? (data as StoredFragment) : (data as Record<string, StoredFragment>)[id];
		if (stored === undefined) throw new Error(`Cannot find page \`${id}\` in \`${file}\`, expected the doc table to name its fragment file`);
		return {
			...stored,
			content: stored.content.replaceAll('\u200B', ''),
			raw_content: stored.content.replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
			url: `${this.#base}/${stored.url}`.replace(/\/+/gu, '/'),
		};
	}

	#file(path: string): Promise<unknown> {
		let file = this.#files.get(path);
		if (file === undefined) {
			file = this.#load(path)
				.then((bytes) => inflateShard(bytes, path, 'pagefind_dcd'))
				.then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as unknown);
			// A failed fetch is not cached: showing the result again tries again.
			file.catch(() => this.#files.delete(path));
			this.#files.set(path, file);
		}
		return file;
	}
}
