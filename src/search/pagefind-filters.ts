/**
 * The selection as Pagefind filters: every facet with a selection as `{ any: [...] }` (one of the
 * values), 状态 as the deadline dates on the right side of today (plus 未载明 for "none").
 */
import type { DocTable } from './doc-table.ts';
import { deadlineStatus } from './deadline-status.ts';
import { DEADLINE_FILTER, FACET_FILTERS, NO_DEADLINE, type FacetName } from './facet-keys.ts';
import type { SearchState } from './search-state.ts';

/** Pagefind's filter argument. */
export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Pagefind filters for a selection.
 * @param state The selection.
 * @param table The doc table (its deadlines list the dates that exist).
 * @param today ISO date.
 * @example pagefindFilters({ …, facets: { region: ['辽宁省'], … }, status: ['open'] }, table, '2026-05-01') // { 地区: { any: ['辽宁省'] }, 截止日期: { any: ['2026-05-20', …] } }
 */
export function pagefindFilters(state: SearchState, table: DocTable, today: string): PagefindFilters {
	const filters: PagefindFilters = {};
	for (const [name, filter] of Object.entries(FACET_FILTERS) as [FacetName, string][]) {
		if (state.facets[name].length > 0) filters[filter] = { any: state.facets[name] };
	}
	if (state.status.length > 0) {
		const dates = [...new Set(table.deadlines)].filter((date) => state.status.includes(deadlineStatus(date, today)));
		filters[DEADLINE_FILTER] = { any: dates.map((date) => date ?? NO_DEADLINE).sort() };
	}
	return filters;
}
