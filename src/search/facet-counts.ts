/**
 * Filtering and counting over the doc table, facet by facet. A notice passes when, for every facet
 * with a selection, it has one of the selected values. Counts are the usual faceted ones: for a
 * value of facet F, the found notices that pass every other facet's selection and have that value,
 * so ticking it shows exactly that many (for a facet with nothing ticked yet).
 */
import { deadlineStatus, STATUSES, type DeadlineStatus } from './deadline-status.ts';
import type { DocTable } from './doc-table.ts';
import { FACET_FILTERS, type FacetName } from './facet-keys.ts';
import type { SearchState } from './search-state.ts';

/** A facet of the filter pane: the doc table's four, and 状态. */
export type PaneFacet = FacetName | 'status';

const FACETS = Object.keys(FACET_FILTERS) as FacetName[];

/** The values one notice has for a pane facet. */
export function valuesOf(table: DocTable, doc: number, facet: PaneFacet, today: string): string[] {
	if (facet === 'status') return [deadlineStatus(table.deadlines[doc] ?? null, today)];
	return (table.facets[facet][doc] ?? []).map((i) => table.values[facet][i] ?? '');
}

const selectionOf = (state: SearchState, facet: PaneFacet): readonly string[] =>
	facet === 'status' ? state.status : state.facets[facet];

/**
 * Whether a notice passes the selection, optionally ignoring one facet.
 * @example passes(table, 0, state, '2026-05-01') // true
 */
export function passes(table: DocTable, doc: number, state: SearchState, today: string, except?: PaneFacet): boolean {
	return [...FACETS, 'status' as const].every((facet) => {
		const selected = selectionOf(state, facet);
		return facet === except || selected.length === 0 || valuesOf(table, doc, facet, today).some((v) => selected.includes(v));
	});
}

/**
 * Counts per facet and value over the found notices.
 * @param table The doc table.
 * @param docs The notices the query found.
 * @param state The selection.
 * @param today ISO date, for 状态.
 * @example facetCounts(table, [0, 1], state, today).region.get('辽宁省') // 1
 */
export function facetCounts(table: DocTable, docs: Iterable<number>, state: SearchState, today: string): Record<PaneFacet, Map<string, number>> {
	const counts = Object.fromEntries([...FACETS, 'status'].map((facet) => [facet, new Map<string, number>()])) as Record<PaneFacet, Map<string, number>>;
	for (const doc of docs) {
		for (const facet of [...FACETS, 'status' as const]) {
			if (!passes(table, doc, state, today, facet)) continue;
			for (const value of valuesOf(table, doc, facet, today)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
		}
	}
	return counts;
}

/** The 状态 values in the pane's order. */
export const STATUS_ORDER: readonly DeadlineStatus[] = STATUSES;
