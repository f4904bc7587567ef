/**
 * Notices' Pagefind fragments, read by the search page itself (issue 16): a shown result needs only
 * its page's fragment (text, title, headings), which the build writes again under the notice's
 * number (/search/fragments/<number>.pf_fragment, src/integrations/index-site.ts), so the page loads
 * no Pagefind script, WASM or metadata and the doc table names no files. A fragment comes out as
 * Pagefind 1.6's `result.data()` gives it (pagefind.js `loadFragment`): `content` without the
 * U+200B word separators, `url` under the site's base; instead of Pagefind's `raw_content` (the
 * text with its separators, < and > escaped for its highlighter) `words`, the text with its
 * separators as stored, which only word-starts.ts reads. Files are cached, so a notice's fragment is fetched once.
 */
import type { PageAnchor } from '../show/result-sections.ts';
import { fragmentFile } from '../literal-format.ts';
import { inflateShard } from './inflate-shard.ts';

/** A page's fragment, as the search page uses it. */
export interface PagefindFragment {
	url: string;
	/** The indexed text (Pagefind's word separators removed). */
	content: string;
	/** The same with U+200B between words, as Pagefind stored it. */
	words: string;
	meta: Record<string, string>;
	anchors: PageAnchor[];
}

/** A fragment as stored. */
type StoredFragment = Omit<PagefindFragment, 'words'>;

/** Fetches a file of the site by its path under the base, as bytes. */
export type SiteLoader = (path: string) => Promise<Uint8Array>;

export class Fragments {
	readonly #base: string;
	readonly #load: SiteLoader;
	readonly #files = new Map<string, Promise<unknown>>();

	/**
	 * @param base The site's base path, e.g. `/`; fragment urls are put under it as Pagefind does.
	 * @param load Fetches a path under the base.
	 */
	constructor(base: string, load: SiteLoader) {
		this.#base = base;
		this.#load = load;
	}

	/**
	 * Notice `doc`'s fragment.
	 * @example (await fragments.of(3)).meta.title // '关于开展…的通知'
	 */
	async of(doc: number): Promise<PagefindFragment> {
		const file = fragmentFile(doc);
		const stored = (await this.#file(file)) as Partial<StoredFragment>;
		if (typeof stored.url !== 'string' || typeof stored.content !== 'string') throw new Error(`Cannot read \`${file}\`, expected a Pagefind fragment with a url and content`);
		return {
			...(stored as StoredFragment),
			content: stored.content.replaceAll('\u200B', ''),
			words: stored.content,
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
