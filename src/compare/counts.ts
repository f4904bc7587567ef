/**
 * How many changes a comparison found, per facet and in the text, for the tabs and badges of the
 * comparison page; what stayed the same is not counted.
 */
import type { ChangeCounts, FacetComparison, TextRedline } from './types.ts';

/**
 * Count the changes of each facet and the changed sentences of the text.
 * @param facets The facet comparison.
 * @param text The aligned redline of the two texts.
 * @example countChanges(compareFacets(a, a, taxonomy), { sections: [], fellBack: false }).deadlines
 * // { all: 0, substantive: 0 }
 */
export function countChanges(facets: FacetComparison, text: TextRedline): ChangeCounts {
	const sentences = text.sections.flatMap((section) => section.sentences);
	return {
		programmes: tally(facets.programmes, 'kept'),
		domains: tally(facets.domains, 'kept'),
		quotas: tally(facets.quotas, 'kept'),
		deadlines: tally(facets.deadlines, 'kept'),
		conditions: tally(facets.conditions, 'kept'),
		contacts: tally(facets.contacts, 'kept'),
		attachments: tally(facets.attachments, 'kept'),
		period: tally(facets.period === null ? [] : [facets.period], 'kept'),
		// A sentence pair counts unless its two sides are equal; `moved` counts, as it is news too.
		text: tally(sentences, 'equal'),
	};
}

/** Changes whose status is not `same`, and how many of them are substantive. */
function tally(changes: readonly { status: string; substantive: boolean }[], same: 'kept' | 'equal') {
	const changed = changes.filter((c) => c.status !== same);
	return { all: changed.length, substantive: changed.filter((c) => c.substantive).length };
}
