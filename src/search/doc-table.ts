/**
 * The doc table (/search/literal/docs.json): for each notice number of the literal index, its
 * Pagefind page id and the values the filter pane counts. Facet values are listed once and
 * referred to by index, which keeps the file small at thousands of notices.
 */
import type { FacetName } from './facet-keys.ts';

/** The doc table as written. */
export interface DocTable {
	/** Pagefind page id of notice d (a search result's `id`). */
	pages: string[];
	/** Distinct values of each facet, sorted. */
	values: Record<FacetName, string[]>;
	/** Per facet, per notice: indexes into `values` (most facets have one value per notice). */
	facets: Record<FacetName, number[][]>;
	/** Main deadline (ISO date) per notice, null when none is dated. */
	deadlines: (string | null)[];
	/** 成文日期 (ISO date) per notice, null when not stated. */
	issued: (string | null)[];
}
