/**
 * The names search filters and sorts by, shared by the notice pages (which declare them to
 * Pagefind), the build (which reads them back from Pagefind's fragments into the doc table) and
 * the search page (which puts them in the URL).
 */

/** The facets a notice has one or more values of: URL parameter → Pagefind filter name. */
export const FACET_FILTERS = {
	region: '地区',
	level: '层级',
	year: '年度',
	domain: '领域',
} as const;

/** A facet's URL parameter. */
export type FacetName = keyof typeof FACET_FILTERS;

/**
 * Pagefind filter holding the main deadline as an ISO date, or NO_DEADLINE. Open/closed is worked
 * out in the browser from it and today's date, so no page depends on the day it was built.
 */
export const DEADLINE_FILTER = '截止日期';

/** The DEADLINE_FILTER value of a notice without a dated deadline. */
export const NO_DEADLINE = '未载明';

/**
 * Pagefind meta saying whom the main deadline binds: RECOMMENDERS when it is the recommending
 * bureaus' date (the notice sets none of the applicant's own), absent otherwise.
 */
export const DEADLINE_FOR_META = 'deadlineFor';

/** The DEADLINE_FOR_META value of a date that binds the recommending bureaus only. */
export const RECOMMENDERS = 'recommender';

/**
 * Pagefind sort keys. Pagefind leaves a page without the key out of sorted results, so every
 * notice has both: a missing date sorts last in the direction the search page uses.
 */
export const SORT_KEYS = {
	/** 成文日期, newest first; a notice without one as 0000-00-00. */
	issued: { key: 'issued', direction: 'desc', missing: '0000-00-00' },
	/** The main deadline, soonest first; a notice without one as 9999-12-31. */
	deadline: { key: 'deadline', direction: 'asc', missing: '9999-12-31' },
} as const;

/** A sort the search page offers besides relevance. */
export type SortName = keyof typeof SORT_KEYS;
