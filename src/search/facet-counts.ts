/**
 * Filtering and counting over the doc table, facet by facet. A notice passes when, for every facet
 * with a selection, it has one of the selected values. Counts are the usual faceted ones: for a
 * value of facet F, the found notices that pass every other facet's selection and have that value,
 * so ticking it shows exactly that many (for a facet with nothing ticked yet).
 */
import { deadlineStatus, STATUSES } from './deadline-status.ts';
import type { DocTable } from './doc-table.ts';
import { FACET_FILTERS, type FacetName } from './facet-keys.ts';
import type { SearchState } from './search-state.ts';

/** A facet of the filter pane: the doc table's four, and 状态. */
export type PaneFacet = FacetName | 'status';

const FACETS = Object.keys(FACET_FILTERS) as FacetName[];
const PANE = [...FACETS, 'status'] as const;
const NONE: readonly number[] = [];

/**
 * The selection as value indexes, facet by facet in PANE order (状态's values are STATUSES):
 * null where nothing is ticked. A ticked value the table does not know selects nothing.
 */
function selectedIndexes(table: DocTable, state: SearchState): (Set<number> | null)[] {
	return PANE.map((facet) => {
		const ticked: readonly string[] = facet === 'status' ? state.status : state.facets[facet];
		const values: readonly string[] = facet === 'status' ? STATUSES : table.values[facet];
		return ticked.length === 0 ? null : new Set(ticked.map((value) => values.indexOf(value)).filter((i) => i >= 0));
	});
}

/**
 * Reads notice value indexes facet by facet (PANE order) without allocating per notice: facetCounts
 * reads every found notice, all 12,477 for a common word at 10,000 sources, on the keystroke's path.
 */
function valueReader(table: DocTable, today: string): (doc: number, facet: number) => readonly number[] {
	const columns = FACETS.map((facet) => table.facets[facet]);
	const statuses = STATUSES.map((_, i) => [i]);
	return (doc, facet) => {
		const column = columns[facet];
		if (column !== undefined) return column[doc] ?? NONE;
		return statuses[STATUSES.indexOf(deadlineStatus(table.deadlines[doc] ?? null, today))] ?? NONE;
	};
}

function hasAny(values: readonly number[], wanted: ReadonlySet<number>): boolean {
	for (const value of values) if (wanted.has(value)) return true;
	return false;
}

/** PANE index of the only facet whose selection `doc` fails, -1 for none, -2 for more than one. */
function failing(selected: readonly (Set<number> | null)[], doc: number, read: (doc: number, facet: number) => readonly number[]): number {
	let failed = -1;
	for (let i = 0; i < selected.length; i++) {
		const wanted = selected[i];
		if (wanted === null || wanted === undefined || hasAny(read(doc, i), wanted)) continue;
		if (failed !== -1) return -2;
		failed = i;
	}
	return failed;
}

/**
 * A filter for many notices under one selection.
 * @example notices.filter(passing(table, state, '2026-05-01'))
 */
export function passing(table: DocTable, state: SearchState, today: string): (doc: number) => boolean {
	const selected = selectedIndexes(table, state);
	if (selected.every((wanted) => wanted === null)) return () => true;
	const read = valueReader(table, today);
	return (doc) => failing(selected, doc, read) === -1;
}

/**
 * Counts per facet and value over the found notices: each notice is read once, and counts for a
 * facet when it passes every other facet's selection.
 * @param table The doc table.
 * @param docs The notices the query found.
 * @param state The selection.
 * @param today ISO date, for 状态.
 * @example facetCounts(table, [0, 1], state, today).region.get('辽宁省') // 1
 */
export function facetCounts(table: DocTable, docs: Iterable<number>, state: SearchState, today: string): Record<PaneFacet, Map<string, number>> {
	const selected = selectedIndexes(table, state);
	const tallies = PANE.map((facet) => new Uint32Array(facet === 'status' ? STATUSES.length : table.values[facet].length));
	const read = valueReader(table, today);
	for (const doc of docs) {
		const failed = failing(selected, doc, read);
		if (failed === -2) continue;
		for (let i = 0; i < tallies.length; i++) {
			const tally = tallies[i];
			if (tally === undefined || (failed !== -1 && failed !== i)) continue;
			for (const value of read(doc, i)) tally[value] = (tally[value] ?? 0) + 1;
		}
	}
	// Values in table order (status: STATUSES order), only those counted.
	const counted = (facet: PaneFacet, i: number) => {
		const values: readonly string[] = facet === 'status' ? STATUSES : table.values[facet];
		return new Map(values.flatMap((value, v) => ((tallies[i]?.[v] ?? 0) > 0 ? [[value, tallies[i]?.[v] ?? 0] as const] : [])));
	};
	return Object.fromEntries(PANE.map((facet, i) => [facet, counted(facet, i)])) as Record<PaneFacet, Map<string, number>>;
}
