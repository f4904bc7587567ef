/**
 * The one-line Chinese summary of a comparison: what an applicant must know changed, in the
 * order they would ask (when, how many, in which domains, for how long, under which conditions).
 * Changes that only roll dates or years forward are left out.
 */
import { t } from '../i18n/t.ts';
import { deadlinePhrases } from './summary/deadlines.ts';
import { domainPhrases } from './summary/domains.ts';
import { periodPhrases } from './summary/period.ts';
import { quotaPhrases } from './summary/quotas.ts';
import { tallyPhrases } from './summary/tallies.ts';
import type { FacetComparison } from './types.ts';

/**
 * Summarize the substantive changes of a facet comparison; `无实质性变化` when there are none.
 * @param facets The facet comparison.
 * @example summarizeChanges(compareFacets(national2025, national2026, taxonomy))
 * // '截止日期由8月15日提前至6月30日；名额改为总数不超过8个、同一领域不超过2个；…'
 */
export function summarizeChanges(facets: FacetComparison): string {
	const phrases = [
		...deadlinePhrases(facets.deadlines),
		...quotaPhrases(facets.quotas),
		...domainPhrases(facets.domains),
		...periodPhrases(facets.period),
		...tallyPhrases('conditions', facets.conditions),
		...tallyPhrases('attachments', facets.attachments),
		...tallyPhrases('contacts', facets.contacts),
	];
	return phrases.length === 0 ? t('compare.none') : phrases.join(t('compare.partSeparator'));
}
