/**
 * The doc table (/search/literal/docs.bin): for each notice number of the literal index, the values
 * the filter pane counts and the results show. The search page filters, counts and sorts from it
 * alone, and fetches a shown result's fragment itself from /search/fragments/<notice number>.pf_fragment
 * (`query/fragments.ts`), so it loads no Pagefind script, WASM or metadata (issue 16), and the table
 * needs no column naming Pagefind's hashed fragment files (7 hex digits per notice, which do not
 * compress: 56 kB at 12,477 notices).
 *
 * On disk it is gzip of SIGNATURE + varints (ByteWriter), column by column, so that gzip sees like
 * bytes together (`build/format-doc-table.ts`, `query/parse-doc-table.ts`):
 * notice count; per facet
 * its distinct values, then per notice the count and indexes of its values; the main deadline per
 * notice as days since 1970-01-01 plus one, 0 for none; per notice 1 when that deadline binds the
 * recommending bureaus only, else 0. No 成文日期: notice numbers follow it
 * (`build/notice-order.ts`).
 */
import type { FacetName } from './facet-keys.ts';

/** The doc table as the browser holds it. */
export interface DocTable {
	/** How many notices: notice numbers are 0 … count − 1. */
	count: number;
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
