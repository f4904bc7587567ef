/**
 * The doc table (/search/literal/docs.bin): for each notice number of the literal index, where its
 * Pagefind fragment lives and the values the filter pane counts and the results show. The search
 * page filters, counts and sorts from it alone, and fetches a shown result's fragment file itself,
 * so it loads no Pagefind script, WASM or metadata (issue 16).
 *
 * On disk it is gzip of SIGNATURE + varints (ByteWriter), column by column, so that gzip sees like
 * bytes together (`build/format-doc-table.ts`, `query/parse-doc-table.ts`):
 * notice count; bundle per notice; fragment file per notice and Pagefind page id per notice (each
 * column a shared prefix, then the rest per notice; an empty id: the same as the file); per facet
 * its distinct values, then per notice the count and indexes of its values; the main deadline per
 * notice as days since 1970-01-01 plus one, 0 for none; per notice 1 when that deadline binds the
 * recommending bureaus only, else 0. No 成文日期: notice numbers follow it
 * (`build/notice-order.ts`).
 */
import type { FacetName } from './facet-keys.ts';

/** The doc table as the browser holds it. */
export interface DocTable {
	/** Pagefind page id of notice d (what `<search-page>.found` lists). */
	pages: string[];
	/** Index of notice d's Pagefind bundle in the manifest's `pagefind` list. */
	bundles: number[];
	/**
	 * Notice d's fragment file in its bundle (`fragment/<file>.pf_fragment`): its page id, or the
	 * fragment group holding it under that id.
	 */
	files: string[];
	/** Distinct values of each facet, sorted. */
	values: Record<FacetName, string[]>;
	/** Per facet, per notice: indexes into `values` (most facets have one value per notice). */
	facets: Record<FacetName, number[][]>;
	/** Main deadline (ISO date) per notice, null when none is dated. */
	deadlines: (string | null)[];
	/** Per notice: true when its main deadline binds the recommending bureaus only (推荐截止). */
	forRecommenders: boolean[];
}

/** The facets in the order the file stores them. */
export const TABLE_FACETS: readonly FacetName[] = ['region', 'level', 'year', 'domain'];
