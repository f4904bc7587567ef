/**
 * The comparison's one entry: two notices (record + text blocks) and the domain taxonomy in, a
 * typed comparison out. Pure and synchronous, so it runs the same at build time and in a Worker.
 */
import { countChanges } from './counts.ts';
import { compareFacets } from './facets/index.ts';
import { summarizeChanges } from './summary.ts';
import { compareText } from './text/index.ts';
import type { CompareDoc, DiffOptions, DomainTaxonomy, NoticeComparison, NoticeRef } from './types.ts';

export type * from './types.ts';

function refOf({ record }: CompareDoc): NoticeRef {
	const { id, title, year, jurisdiction, docNumber, issuers, issuedOn } = record;
	return { id, title, year, jurisdiction, docNumber, issuers, issuedOn };
}

/**
 * Compare notice `a` (older, or the higher-level call) with `b`.
 * @param a The reference notice.
 * @param b The notice compared with it.
 * @param taxonomy The canonical domains (content/domains).
 * @param options `timeout` for each word diff, in milliseconds.
 * @example compareNotices(national2023, national2026, taxonomy).summary // '截止日期由…'
 */
export function compareNotices(a: CompareDoc, b: CompareDoc, taxonomy: DomainTaxonomy, options: DiffOptions = {}): NoticeComparison {
	const facets = compareFacets(a.record, b.record, taxonomy, options);
	const text = compareText(a.blocks, b.blocks, options);
	return { a: refOf(a), b: refOf(b), facets, text, counts: countChanges(facets, text), summary: summarizeChanges(facets) };
}
