/**
 * Search as the page runs it: the literal index finds the notices containing the query (complete
 * and exact, see README.md); the doc table filters, counts and orders them; a shown result's text,
 * title and headings come from its Pagefind fragment file, fetched directly (`query/fragments.ts`).
 * Before the first query the page loads the manifest and the doc table, no Pagefind runtime or
 * metadata (issue 16).
 */
import { facetCounts, passes, type PaneFacet } from './facet-counts.ts';
import type { DocTable } from './doc-table.ts';
import { SORT_KEYS } from './facet-keys.ts';
import type { SearchManifest } from './literal-format.ts';
import { matchQuery, type QueryMatch } from './match-query.ts';
import { Fragments, type PagefindFragment } from './query/fragments.ts';
import { inflateShard } from './query/inflate-shard.ts';
import { LiteralIndex } from './query/literal-index.ts';
import { parseDocTable } from './query/parse-doc-table.ts';
import type { SearchState } from './search-state.ts';

/** A found notice, ready to show. */
export interface SearchHit {
	doc: number;
	/** `phrase`: contains every term; `words`: the words group, shown after. */
	group: 'phrase' | 'words';
	/** The notice's Pagefind page id. */
	id: string;
	/** Loads the notice's fragment. */
	data: () => Promise<PagefindFragment>;
}

/** Everything the page shows for one search. */
export interface SearchOutcome {
	match: QueryMatch;
	hits: SearchHit[];
	/** Per pane facet and value: how many notices of the phrase group it would keep. */
	counts: Record<PaneFacet, Map<string, number>>;
}

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
	readonly #fragments: Fragments;

	constructor(table: DocTable, index: LiteralIndex, fragments: Fragments) {
		this.table = table;
		this.#index = index;
		this.#fragments = fragments;
	}

	/**
	 * Load the manifest and the doc table.
	 * @param base The site's base path, e.g. `/`.
	 */
	static async load(base: string): Promise<SearchEngine> {
		const folder = `${base}search/literal/`;
		const [manifest, table] = await Promise.all([
			fetchJson<SearchManifest>(`${folder}manifest.json`),
			fetchBytes(`${folder}docs.bin`).then((bytes) => inflateShard(bytes, 'docs.bin')).then(parseDocTable),
		]);
		// The dict is not preloaded: a query fetches the dict shards of its own bigrams, a fraction
		// of the whole at 10,000 notices, and the first search is counted with the page's load.
		const index = new LiteralIndex(manifest, (file) => fetchBytes(folder + file));
		return new SearchEngine(table, index, new Fragments(table, manifest.pagefind, base, (path) => fetchBytes(base + path)));
	}

	/**
	 * Run a search.
	 * @param state Query, selection and sort.
	 * @param today ISO date in China, for 状态.
	 */
	async search(state: SearchState, today: string): Promise<SearchOutcome> {
		const asked = await matchQuery(this.#index, state.query);
		// Without a query, filters and sort list every notice they keep (/search/?level=省级).
		const match = asked.terms.length > 0 ? asked : { ...asked, phrase: new Map(this.table.pages.map((_, doc) => [doc, 0])) };
		const counts = facetCounts(this.table, match.phrase.keys(), state, today);
		const hits = (group: SearchHit['group'], scores: Map<number, number>) =>
			[...scores]
				.filter(([doc]) => passes(this.table, doc, state, today))
				.map(([doc, score]) => ({ doc, group, score }))
				.sort((a, b) => this.#order(state, a, b));
		const found = [...hits('phrase', match.phrase), ...hits('words', match.wordsOnly)];
		return {
			match,
			counts,
			hits: found.map(({ doc, group }) => ({ doc, group, id: this.table.pages[doc] ?? '', data: () => this.#fragments.of(doc) })),
		};
	}

	/**
	 * Relevance: more occurrences first, then the newer notice. A sort: by the same value and
	 * direction as its Pagefind sort key, a missing date last. Ties in notice order, which is
	 * 成文日期 newest first (build/notice-order.ts), so the issued sort is notice order itself.
	 */
	#order(state: SearchState, a: { doc: number; score: number }, b: { doc: number; score: number }): number {
		const deadline = (doc: number) => this.table.deadlines[doc] ?? SORT_KEYS.deadline.missing;
		const byValue = state.sort === 'deadline' ? deadline(a.doc).localeCompare(deadline(b.doc)) : state.sort === 'relevance' ? b.score - a.score : 0;
		return byValue || a.doc - b.doc;
	}
}
