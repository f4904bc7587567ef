/**
 * The part of Pagefind's browser JS API (/pagefind/pagefind.js, 1.6) the search page uses.
 * pagefind's npm types cover only its Node API, so these are written from its docs and source.
 */
import type { PageAnchor } from './show/result-sections.ts';
import type { PagefindFilters } from './pagefind-filters.ts';

/** A page's fragment, as `result.data()` returns it. */
export interface PagefindFragment {
	url: string;
	/** The indexed text (Pagefind's word separators removed). */
	content: string;
	/** The same with U+200B between words, < and > escaped. */
	raw_content: string;
	meta: Record<string, string>;
	anchors: PageAnchor[];
}

/** One search result: the page id and a loader for its fragment. */
export interface PagefindResult {
	id: string;
	data: () => Promise<PagefindFragment>;
}

/** The module's functions. */
export interface PagefindApi {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	mergeIndex: (path: string) => Promise<void>;
	search: (
		term: string | null,
		options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
	) => Promise<{ results: PagefindResult[] }>;
}
