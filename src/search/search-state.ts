/**
 * The search page's state and its URL, one from the other, so the URL alone reproduces a search:
 * /search/?q=申报条件&region=辽宁省&status=open&sort=deadline. Facets may repeat (region=…&region=…).
 */
import { STATUSES, type DeadlineStatus } from './deadline-status.ts';
import { FACET_FILTERS, SORT_KEYS, type FacetName, type SortName } from './facet-keys.ts';
import { LEVELS, levelLabel } from '../format/level-label.ts';

/** What the reader asked for. */
export interface SearchState {
	query: string;
	/** Selected values per facet; several values of one facet are alternatives (any of them). */
	facets: Record<FacetName, string[]>;
	status: DeadlineStatus[];
	sort: SortName | 'relevance';
}

const FACETS = Object.keys(FACET_FILTERS) as FacetName[];

// A level may be written as the record's code (level=provincial), as links from outside the
// page do; the filter pane and Pagefind know it by its label (省级).
const LEVEL_CODES = new Map<string, string>(LEVELS.map((level) => [level, levelLabel(level)]));
const facetValue = (name: FacetName, value: string) => (name === 'level' ? (LEVEL_CODES.get(value) ?? value) : value);

/** True when the state asks for anything besides a query: a filter, a status or a sort. */
export function isNarrowed(state: SearchState): boolean {
	return Object.values(state.facets).some((values) => values.length > 0) || state.status.length > 0 || state.sort !== 'relevance';
}

/**
 * Read the state from a URL's query string; unknown values are dropped.
 * @param params `new URL(location.href).searchParams`.
 * @example parseSearchState(new URLSearchParams('q=智慧农业&year=2026')).facets.year // ['2026']
 */
export function parseSearchState(params: URLSearchParams): SearchState {
	const facets = Object.fromEntries(FACETS.map((name) => [name, [...new Set(params.getAll(name).map((value) => facetValue(name, value)))]])) as SearchState['facets'];
	const status = STATUSES.filter((value) => params.getAll('status').includes(value));
	const sort = params.get('sort');
	return { query: params.get('q') ?? '', facets, status, sort: sort !== null && sort in SORT_KEYS ? (sort as SortName) : 'relevance' };
}

/**
 * Write the state as a query string, empty parts left out.
 * @param state The state.
 * @example formatSearchState({ query: '智慧农业', facets: { region: [], level: [], year: ['2026'], domain: [] }, status: [], sort: 'relevance' }).toString() // 'q=%E6%99%BA…&year=2026'
 */
export function formatSearchState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query !== '') params.set('q', state.query);
	for (const name of FACETS) for (const value of state.facets[name]) params.append(name, value);
	for (const value of state.status) params.append('status', value);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	return params;
}
