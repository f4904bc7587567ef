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
 * notice count; per facet its distinct values, sorted and front-coded (the length shared with the
 * value before, then the rest), then per notice the count and indexes of its values; per notice its
 * main deadline as days since 1970-01-01 plus one (day number), written as the zigzagged distance
 * from the last dated notice's plus one, 0 for none; per notice 1 when that deadline binds the
 * recommending bureaus only, else 0. No 成文日期: notice numbers follow it (`build/notice-order.ts`),
 * which also keeps one notice's deadline near the one before. At 12,477 synthetic notices front
 * coding took the 地区 values from 9.7 to 3.8 kB and distances the deadlines from 12.6 to 6.3 kB
 * (gzipped), and the table from 56.3 to 41.6 kB.
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
