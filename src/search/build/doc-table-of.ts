/**
 * The doc table from what Pagefind recorded of each notice page (its fragment's filters and meta),
 * so the filter pane counts exactly what Pagefind filters by.
 */
import type { DocTable } from '../doc-table.ts';
import { DEADLINE_FILTER, DEADLINE_FOR_META, FACET_FILTERS, NO_DEADLINE, RECOMMENDERS, type FacetName } from '../facet-keys.ts';

/** The parts of a Pagefind fragment the doc table reads. */
export interface PageFacts {
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

const NAMES = Object.keys(FACET_FILTERS) as FacetName[];

/**
 * Build the doc table.
 * @param pages The notice pages in notice-number order.
 * @example docTableOf([{ filters: { 地区: ['辽宁省'] }, meta: {} }]).values.region // ['辽宁省']
 */
export function docTableOf(pages: readonly PageFacts[]): DocTable {
	const values = {} as DocTable['values'];
	const facets = {} as DocTable['facets'];
	for (const name of NAMES) {
		const filter = FACET_FILTERS[name];
		values[name] = [...new Set(pages.flatMap((page) => page.filters[filter] ?? []))].sort();
		const index = new Map(values[name].map((value, i) => [value, i]));
		facets[name] = pages.map((page) => (page.filters[filter] ?? []).map((value) => index.get(value) ?? -1));
	}
	const deadline = (page: PageFacts) => page.filters[DEADLINE_FILTER]?.[0] ?? NO_DEADLINE;
	return {
		count: pages.length,
		values,
		facets,
		deadlines: pages.map((page) => (deadline(page) === NO_DEADLINE ? null : deadline(page))),
		forRecommenders: pages.map((page) => page.meta[DEADLINE_FOR_META] === RECOMMENDERS),
	};
}
