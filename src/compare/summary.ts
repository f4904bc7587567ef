/**
 * The one-line Chinese summary of a comparison: what an applicant must know changed, in the
 * order they would ask (when, how many, in which domains, for how long, under which conditions).
 * Changes that only roll dates or years forward are left out. When `b` forwards `a` (issue 13),
 * it tells what `b` tightens, then what it adds or changes, then what it leaves as `a` has it.
 */
import { t } from '../i18n/t.ts';
import type { EffectiveFacts } from './inherit/effective-facts.ts';
import { carriedPhrases } from './summary/carried.ts';
import { deadlinePhrases } from './summary/deadlines.ts';
import { domainPhrases } from './summary/domains.ts';
import { periodPhrases } from './summary/period.ts';
import { quotaPhrases } from './summary/quotas.ts';
import { tallyPhrases } from './summary/tallies.ts';
import { tightened } from './summary/tightened.ts';
import type { FacetComparison } from './types.ts';

/** How `b` stands to `a`: the call it forwards, and its effective facts. */
export interface SummaryContext {
	/** The id of `a` when `b` forwards it, else null. */
	forwards: string | null;
	/** `b`'s effective facts, absent when it is compared on its own. */
	facts?: EffectiveFacts | undefined;
}

/**
 * Summarize the substantive changes of a facet comparison; `无实质性变化` when there are none.
 * @param facets The facet comparison.
 * @param context Whether `b` forwards `a`, and what it carries from it.
 * @example summarizeChanges(compareFacets(national2025, national2026, taxonomy))
 * // '截止日期由8月15日提前至6月30日；名额改为总数不超过8个、同一领域不超过2个；…'
 * @example summarizeChanges(facets, { forwards: 'national-2026-pilot-call', facts })
 * // '收紧：截止日期由6月30日提前至5月20日、名额限为…；…；沿用上级通知：司法行政、民政领域，…'
 */
export function summarizeChanges(facets: FacetComparison, context: SummaryContext = { forwards: null }): string {
	const { forwards, facts } = context;
	const split = forwards === null ? { phrases: [], rest: facets } : tightened(facets);
	const rest = split.rest;
	const phrases = [
		...split.phrases,
		...deadlinePhrases(rest.deadlines),
		...quotaPhrases(rest.quotas),
		...domainPhrases(rest.domains),
		...periodPhrases(rest.period),
		...tallyPhrases('conditions', rest.conditions),
		...tallyPhrases('attachments', rest.attachments),
		...tallyPhrases('contacts', rest.contacts),
	];
	const carried = forwards === null || facts === undefined ? [] : carriedPhrases(facts, forwards);
	if (phrases.length === 0 && carried.length === 0) return t('compare.none');
	return [...(phrases.length > 0 ? phrases : [t('compare.none')]), ...carried].join(t('compare.partSeparator'));
}
