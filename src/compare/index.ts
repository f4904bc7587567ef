/**
 * The comparison's one entry: two notices (record + text blocks) and the domain taxonomy in, a
 * typed comparison out. Pure and synchronous, so it runs the same at build time and in a Worker.
 */
import { countChanges } from './counts.ts';
import { compareFacets } from './facets/index.ts';
import { markCarried } from './inherit/carried-changes.ts';
import { carriedFrom, effectiveRecord } from './inherit/effective-record.ts';
import { forwardedCalls } from './inherit/forwarded-calls.ts';
import { summarizeChanges } from './summary.ts';
import { forgetBigrams } from './similarity.ts';
import { compareText } from './text/index.ts';
import { forgetWordDiffs } from './word-diff.ts';
import type { NoticeRecord } from '../schemas/notice.ts';
import type { CompareDoc, DiffOptions, DomainTaxonomy, NoticeComparison, NoticeRef } from './types.ts';

export type * from './types.ts';

function refOf({ record }: CompareDoc): NoticeRef {
	const { id, title, year, jurisdiction, docNumber, issuers, issuedOn } = record;
	return { id, title, year, jurisdiction, docNumber, issuers, issuedOn };
}

/** The record a comparison reads: its effective facts when the document has them. */
function recordOf({ record, facts }: CompareDoc): NoticeRecord {
	return facts === undefined ? record : effectiveRecord(record, facts);
}

/**
 * Compare notice `a` (older, or the higher-level call) with `b`, each on its effective facts when
 * the document gives them (`CompareDoc.facts`).
 * @param a The reference notice.
 * @param b The notice compared with it.
 * @param taxonomy The canonical domains (content/domains).
 * @param options `timeout` for each word diff, in milliseconds.
 * @example compareNotices(national2023, national2026, taxonomy).summary // '截止日期由…'
 */
export function compareNotices(a: CompareDoc, b: CompareDoc, taxonomy: DomainTaxonomy, options: DiffOptions = {}): NoticeComparison {
	// Effective facts: what `b` leaves to the call it forwards is carried, never removed (issue 13).
	const carried = b.facts === undefined ? [] : carriedFrom(b.facts);
	const forwards = carried.includes(a.record.id) || forwardedCalls(b.record, [a.record, b.record]).length > 0;
	const facets = markCarried(compareFacets(recordOf(a), recordOf(b), taxonomy, options), a, b, forwards);
	const text = compareText(a.blocks, b.blocks, options);
	const summary = summarizeChanges(facets, { forwards: forwards ? a.record.id : null, facts: b.facts });
	return { a: refOf(a), b: refOf(b), facets, text, counts: countChanges(facets, text), summary, carried };
}

/**
 * Drop what comparisons keep of the texts they have seen (segmentations, word diffs, bigrams), as
 * in a picker worker that has compared nothing yet: benchmarks call this before each timed run,
 * or they would time a pair whose diffs an earlier run already holds.
 */
export function forgetTexts(): void {
	forgetWordDiffs();
	forgetBigrams();
}
