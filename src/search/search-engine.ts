/**
 * Search as the page runs it: the literal index finds the notices containing the query (complete
 * and exact, see README.md); Pagefind's filter index narrows them, and its fragments give each
 * result's text, title and headings. One search needs the index files its terms name and, per
 * selection, one filter-only Pagefind search (cached). Results are ordered here, from the doc
 * table: Pagefind orders results merged from several bundles by score, which would undo a sort.
 */
import { facetCounts, passes, type PaneFacet } from './facet-counts.ts';
import type { DocTable } from './doc-table.ts';
import { SORT_KEYS } from './facet-keys.ts';
import type { SearchManifest } from './literal-format.ts';
import { matchQuery, type QueryMatch } from './match-query.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';
import { pagefindFilters } from './pagefind-filters.ts';
import { LiteralIndex } from './query/literal-index.ts';
import type { SearchState } from './search-state.ts';

/** A found notice, ready to show. */
export interface SearchHit {
	doc: number;
	/** `phrase`: contains every term; `words`: the words group, shown after. */
	group: 'phrase' | 'words';
	result: PagefindResult;
}

/** Everything the page shows for one search. */
export interface SearchOutcome {
	match: QueryMatch;
	hits: SearchHit[];
	/** Per pane facet and value: how many notices of the phrase group it would keep. */
	counts: Record<PaneFacet, Map<string, number>>;
}

const EMPTY: SearchState = { query: '', facets: { region: [], level: [], year: [], domain: [] }, status: [], sort: 'relevance' };

async function fetchBytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${response.status} ${url}`);
	return new Uint8Array(await response.arrayBuffer());
}

async function fetchJson<T>(url: string): Promise<T> {
	return JSON.parse(new TextDecoder().decode(await fetchBytes(url))) as T;
}

export class SearchEngine {
	readonly table: DocTable;
	readonly #index: LiteralIndex;
	readonly #pagefind: PagefindApi;
	readonly #listings = new Map<string, Promise<PagefindResult[]>>();

	constructor(table: DocTable, index: LiteralIndex, pagefind: PagefindApi) {
		this.table = table;
		this.#index = index;
		this.#pagefind = pagefind;
	}

	/**
	 * Load the manifest, doc table and Pagefind.
	 * @param base The site's base path, e.g. `/`.
	 */
	static async load(base: string): Promise<SearchEngine> {
		const folder = `${base}search/literal/`;
		const pagefindUrl = `${base}pagefind/pagefind.js`;
		const [manifest, table, pagefind] = await Promise.all([
			fetchJson<SearchManifest>(`${folder}manifest.json`),
			fetchJson<DocTable>(`${folder}docs.json`),
			import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi>,
		]);
		await pagefind.options({ basePath: `${base}${manifest.pagefind[0] ?? 'pagefind/'}` });
		await pagefind.init();
		for (const bundle of manifest.pagefind.slice(1)) await pagefind.mergeIndex(`${base}${bundle}`);
		const index = new LiteralIndex(manifest, (file) => fetchBytes(folder + file));
		const engine = new SearchEngine(table, index, pagefind);
		// Warm up what every first query needs: the dict and Pagefind's list of all notices.
		await Promise.all([index.preloadDict(), engine.#listing(EMPTY, '')]);
		return engine;
	}

	/**
	 * Run a search.
	 * @param state Query, selection and sort.
	 * @param today ISO date in China, for 状态.
	 */
	async search(state: SearchState, today: string): Promise<SearchOutcome> {
		const [asked, listing] = await Promise.all([matchQuery(this.#index, state.query), this.#listing(state, today)]);
		// Without a query, filters and sort list every notice they keep (/search/?level=省级).
		const match = asked.terms.length > 0 ? asked : { ...asked, phrase: new Map(this.table.pages.map((_, doc) => [doc, 0])) };
		const counts = facetCounts(this.table, match.phrase.keys(), state, today);
		const byPage = new Map(listing.map((result) => [result.id, result]));
		const hits = (group: SearchHit['group'], scores: Map<number, number>) =>
			[...scores]
				.filter(([doc]) => passes(this.table, doc, state, today))
				.flatMap(([doc, score]) => {
					const result = byPage.get(this.table.pages[doc] ?? '');
					return result === undefined ? [] : [{ doc, group, result, score }];
				})
				.sort((a, b) => this.#order(state, a, b));
		const found = [...hits('phrase', match.phrase), ...hits('words', match.wordsOnly)];
		return { match, counts, hits: found.map(({ doc, group, result }) => ({ doc, group, result })) };
	}

	/**
	 * Relevance: more occurrences first, then the newer notice. A sort: by the same value and
	 * direction as its Pagefind sort key, a missing date last. Ties in notice order.
	 */
	#order(state: SearchState, a: { doc: number; score: number }, b: { doc: number; score: number }): number {
		const issued = (doc: number) => this.table.issued[doc] ?? SORT_KEYS.issued.missing;
		const deadline = (doc: number) => this.table.deadlines[doc] ?? SORT_KEYS.deadline.missing;
		const byValue =
			state.sort === 'deadline'
				? deadline(a.doc).localeCompare(deadline(b.doc))
				: (state.sort === 'relevance' ? b.score - a.score : 0) || issued(b.doc).localeCompare(issued(a.doc));
		return byValue || a.doc - b.doc;
	}

	/** Pagefind's filter-only search for the selection: the pages it keeps. */
	#listing(state: SearchState, today: string): Promise<PagefindResult[]> {
		const filters = pagefindFilters(state, this.table, today);
		const key = JSON.stringify(filters);
		let listing = this.#listings.get(key);
		if (listing === undefined) {
			listing = this.#pagefind.search(null, { filters }).then((response) => response.results);
			listing.catch(() => this.#listings.delete(key));
			this.#listings.set(key, listing);
		}
		return listing;
	}
}
