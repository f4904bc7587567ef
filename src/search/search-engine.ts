/**
 * Search as the page runs it: the literal index finds the notices containing the query (complete
 * and exact, see README.md); the doc table filters, counts and orders them; a shown result's text,
 * title and headings come from its Pagefind fragment file, fetched directly (`query/fragments.ts`).
 * Before the first query the page loads the manifest and the doc table, no Pagefind runtime or
 * metadata (issue 16).
 */
import { facetCounts, passing, type PaneFacet } from './facet-counts.ts';
import type { DocTable } from './doc-table.ts';
import { SORT_KEYS } from './facet-keys.ts';
import type { SearchManifest } from './literal-format.ts';
import { matchQuery, type QueryMatch } from './match-query.ts';
import { Fragments, type PagefindFragment } from './query/fragments.ts';
import { inflateShard } from './query/inflate-shard.ts';
import { LiteralIndex } from './query/literal-index.ts';
import { parseDocTable } from './query/parse-doc-table.ts';
import { queryTerms } from './query-terms.ts';
import type { SearchState } from './search-state.ts';
import { termWords } from './term-words.ts';

/** A found notice, ready to show. */
export interface SearchHit {
	doc: number;
	/** `phrase`: contains every term; `words`: the words group, shown after. */
	group: 'phrase' | 'words';
	/** Loads the notice's fragment. */
	data: () => Promise<PagefindFragment>;
}

/** Everything the page shows for one search. */
export interface SearchOutcome {
	match: QueryMatch;
	hits: SearchHit[];
	/**
	 * Per pane facet and value: how many notices of the phrase group it would keep. Counted on
	 * first read, so the page can fetch the shown results' fragments first and count meanwhile.
	 */
	readonly counts: Record<PaneFacet, Map<string, number>>;
}

/** Up to this many dict shards load with the page. */
const PRELOADED_DICT_SHARDS = 2;

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
	 * Load the manifest and the doc table (and a small dict).
	 * @param base The site's base path, e.g. `/`.
	 */
	static async load(base: string): Promise<SearchEngine> {
		const folder = `${base}search/literal/`;
		const tableLoad = fetchBytes(`${folder}docs.bin`).then((bytes) => inflateShard(bytes, 'docs.bin')).then(parseDocTable);
		// Awaited below; this keeps its failure from going unhandled when the manifest fails first.
		tableLoad.catch(() => undefined);
		const manifest = await fetchJson<SearchManifest>(`${folder}manifest.json`);
		const index = new LiteralIndex(manifest, (file) => fetchBytes(folder + file));
		// A small dict (one shard of a few kB at 10,000 notices: it lists only frequent grams) loads
		// beside the doc table, which is larger, so the first query makes one round trip fewer. A
		// large one is left to each query's own bigrams; a failed preload is fetched again by them.
		const dict = manifest.shards.dict <= PRELOADED_DICT_SHARDS ? index.preloadDict().catch(() => undefined) : undefined;
		const [table] = await Promise.all([tableLoad, dict]);
		// The word segmenter loads its Chinese dictionary on first use (up to 10 ms in Chromium
		// here): on the page's load, not on the first query's path.
		termWords('申报条件');
		return new SearchEngine(table, index, new Fragments(base, (path) => fetchBytes(base + path)));
	}

	/**
	 * Start fetching the index shards a search for `query` reads, its terms' and their words'; a
	 * failure is left for the search itself to meet and report.
	 * @param query What the reader has typed so far.
	 */
	prefetch(query: string): void {
		const terms = queryTerms(query);
		for (const term of [...terms, ...terms.flatMap((term) => termWords(term) ?? [])]) this.#index.prefetch(term).catch(() => undefined);
	}

	/**
	 * Run a search.
	 * @param state Query, selection and sort.
	 * @param today ISO date in China, for 状态.
	 */
	async search(state: SearchState, today: string): Promise<SearchOutcome> {
		const asked = await matchQuery(this.#index, state.query);
		// Without a query, filters and sort list every notice they keep (/search/?level=省级).
		const match = asked.terms.length > 0 ? asked : { ...asked, phrase: new Map(Array.from({ length: this.table.count }, (_, doc) => [doc, 0])) };
		let counts: SearchOutcome['counts'] | undefined;
		const table = this.table;
		const passes = passing(this.table, state, today);
		const hits = (group: SearchHit['group'], scores: Map<number, number>) =>
			[...scores]
				.filter(([doc]) => passes(doc))
				.map(([doc, score]) => ({ doc, group, score }))
				.sort((a, b) => this.#order(state, a, b));
		const found = [...hits('phrase', match.phrase), ...hits('words', match.wordsOnly)];
		return {
			match,
			get counts() {
				return (counts ??= facetCounts(table, match.phrase.keys(), state, today));
			},
			hits: found.map(({ doc, group }) => ({ doc, group, data: () => this.#fragments.of(doc) })),
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
