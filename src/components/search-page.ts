/**
 * `<search-page>`: the search page's behaviour on top of its server-rendered form. It keeps the
 * query, filters and sort in the URL (typing replaces the history entry, a submit or a filter
 * pushes one), runs each search through SearchEngine, shows results with excerpts and the filter
 * pane with counts, and says how many notices were found in a live region. For tests and the
 * benchmark: data-ready="true" once the index is loaded; data-state="busy" while a search runs and
 * "done" when its results are on screen, data-query naming the query they answer; `found` lists the
 * notice numbers (the literal index's and the doc table's) of the phrase group, shown or not.
 */
import { t } from '../i18n/t.ts';
import { today } from '../text/today.ts';
import type { PaneFacet } from '../search/facet-counts.ts';
import { FACET_FILTERS } from '../search/facet-keys.ts';
import { queryTerms } from '../search/query-terms.ts';
import { SearchEngine, type SearchHit, type SearchOutcome } from '../search/search-engine.ts';
import { formatSearchState, isNarrowed, parseSearchState, type SearchState } from '../search/search-state.ts';
import { renderFacets } from '../search/show/render-facets.ts';
import { renderHits } from '../search/show/render-hits.ts';
import { searchSummary } from '../search/show/search-summary.ts';
import { COMMIT_PAUSE_MS, isCommittedWord, typingPause } from '../search/show/typing-pause.ts';

const PAGE_SIZE = 10;

class SearchPage extends HTMLElement {
	#engine: Promise<SearchEngine> | undefined;
	#run = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#outcome: { state: SearchState; outcome: SearchOutcome; shown: number } | undefined;
	/** What the filter pane shows, to draw it again when a facet is expanded or collapsed. */
	#pane: { outcome: SearchOutcome; state: SearchState } | undefined;
	/** Facets whose every value the reader asked to see (kept across searches on this page). */
	readonly #expanded = new Set<PaneFacet>();

	connectedCallback(): void {
		this.#engine = SearchEngine.load(this.dataset['base'] ?? '/');
		this.#engine.then(
			() => (this.dataset['ready'] = 'true'),
			() => undefined,
		);
		const form = this.#get<HTMLFormElement>('form');
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#update('push');
		});
		this.#input.addEventListener('input', (event) => {
			// While an input method composes, the box holds pinyin, not the query: wait for its commit.
			clearTimeout(this.#timer);
			const pause = typingPause(event as InputEvent);
			if (pause !== null) this.#timer = setTimeout(() => this.#update('replace'), pause);
			// A committed word or a paste, not one typed letter of many: fetch its shards during the pause.
			if (isCommittedWord(event as InputEvent)) this.#prefetch();
		});
		this.#input.addEventListener('compositionend', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#update('replace'), COMMIT_PAUSE_MS);
			this.#prefetch();
		});
		this.#get<HTMLSelectElement>('select[name="sort"]').addEventListener('change', () => this.#update('push'));
		this.#get('.search-facets').addEventListener('change', () => this.#update('push'));
		this.#get('.search-facets').addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button.facet-toggle');
			if (button !== null) this.#toggleFacet(button.dataset['facet'] as PaneFacet);
		});
		this.#get('.search-clear').addEventListener('click', () => {
			for (const box of this.querySelectorAll<HTMLInputElement>('.search-facets input:checked')) box.checked = false;
			this.#update('push');
			this.#input.focus();
		});
		this.#get('.search-more').addEventListener('click', () => void this.#showMore());
		addEventListener('popstate', () => void this.#fromUrl());
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-script]')) hidden.hidden = false;
		void this.#fromUrl();
	}

	#prefetch(): void {
		const query = this.#input.value;
		void this.#engine?.then((engine) => engine.prefetch(query), () => undefined);
	}

	/** Notice numbers of the phrase group of the search on screen. */
	get found(): number[] {
		return (this.#outcome?.outcome.hits ?? []).filter((hit) => hit.group === 'phrase').map((hit) => hit.doc);
	}

	get #input(): HTMLInputElement {
		return this.#get<HTMLInputElement>('input[name="q"]');
	}

	#get<T extends HTMLElement = HTMLElement>(selector: string): T {
		const element = this.querySelector<T>(selector);
		if (element === null) throw new Error(`Cannot find \`${selector}\` in <search-page>`);
		return element;
	}

	/** The state the form shows. */
	#formState(): SearchState {
		const ticked = (name: string) => [...this.querySelectorAll<HTMLInputElement>(`.search-facets input[name="${name}"]:checked`)].map((box) => box.value);
		const params = new URLSearchParams({ q: this.#input.value, sort: this.#get<HTMLSelectElement>('select[name="sort"]').value });
		for (const name of [...Object.keys(FACET_FILTERS), 'status']) for (const value of ticked(name)) params.append(name, value);
		return parseSearchState(params);
	}

	#update(history: 'push' | 'replace'): void {
		clearTimeout(this.#timer);
		const state = this.#formState();
		const query = formatSearchState(state).toString();
		const url = `${location.pathname}${query === '' ? '' : `?${query}`}`;
		if (url !== `${location.pathname}${location.search}`) {
			if (history === 'push') window.history.pushState(null, '', url);
			else window.history.replaceState(null, '', url);
		}
		void this.#search(state);
	}

	async #fromUrl(): Promise<void> {
		const state = parseSearchState(new URLSearchParams(location.search));
		this.#input.value = state.query;
		// The header's box names the search on screen too (it is a plain form on every page).
		const header = document.querySelector<HTMLInputElement>('#site-search-query');
		if (header !== null) header.value = state.query;
		this.#get<HTMLSelectElement>('select[name="sort"]').value = state.sort;
		await this.#search(state);
	}

	async #search(state: SearchState): Promise<void> {
		const run = ++this.#run;
		this.dataset['state'] = 'busy';
		const results = this.#get('.search-results');
		// Neither a query nor a filter or sort: a prompt, and the filter pane counted over every notice.
		const prompt = queryTerms(state.query).length === 0 && !isNarrowed(state);
		results.setAttribute('aria-busy', 'true');
		try {
			const engine = await (this.#engine as Promise<SearchEngine>);
			const outcome = await engine.search(state, today());
			// The shown results' fragments are fetched first; the pane is counted and drawn meanwhile.
			const rendering = prompt ? Promise.resolve([]) : renderHits(outcome, engine.table, 0, PAGE_SIZE);
			const fieldsets = renderFacets(outcome.counts, state, this.#expanded);
			const items = await rendering;
			if (run !== this.#run) return;
			this.#showFacets(outcome, state, fieldsets);
			if (prompt) {
				this.#outcome = undefined;
				results.hidden = true;
				return this.#finish(run, state, t('search.prompt'));
			}
			this.#outcome = { state, outcome, shown: PAGE_SIZE };
			this.#list('phrase').replaceChildren(...items.filter((item) => item.group === 'phrase').map((item) => item.element));
			this.#list('words').replaceChildren(...items.filter((item) => item.group === 'words').map((item) => item.element));
			this.#showMoreButton();
			results.hidden = false;
			results.removeAttribute('aria-busy');
			this.#finish(run, state, searchSummary(state, outcome));
		} catch (error) {
			if (run === this.#run) this.#finish(run, state, t('search.failed', { reason: (error as Error).message }));
		}
	}

	#finish(run: number, state: SearchState, message: string): void {
		if (run !== this.#run) return;
		this.#get('.search-status').textContent = message;
		this.dataset['query'] = state.query;
		this.dataset['state'] = 'done';
	}

	#list(group: SearchHit['group']): HTMLOListElement {
		return this.#get<HTMLOListElement>(group === 'phrase' ? '.search-hits' : '.search-word-hits');
	}

	async #showMore(): Promise<void> {
		const current = this.#outcome;
		if (current === undefined) return;
		const run = this.#run;
		const engine = await (this.#engine as Promise<SearchEngine>);
		const items = await renderHits(current.outcome, engine.table, current.shown, current.shown + PAGE_SIZE);
		if (run !== this.#run) return;
		current.shown += PAGE_SIZE;
		for (const item of items) this.#list(item.group).append(item.element);
		this.#showMoreButton();
		// Keyboard users continue at the first new result.
		items[0]?.element.querySelector('a')?.focus();
	}

	#showMoreButton(): void {
		const current = this.#outcome;
		this.#get('.search-more').hidden = current === undefined || current.shown >= current.outcome.hits.length;
		const words = current?.outcome.hits.slice(0, current.shown).some((hit) => hit.group === 'words') ?? false;
		this.#get('.search-words').hidden = !words;
	}

	/** Show every value of a facet, or its first few again; focus stays on its button. */
	#toggleFacet(facet: PaneFacet): void {
		if (!this.#expanded.delete(facet)) this.#expanded.add(facet);
		if (this.#pane === undefined) return;
		this.#showFacets(this.#pane.outcome, this.#pane.state);
		this.querySelector<HTMLButtonElement>(`button.facet-toggle[data-facet="${facet}"]`)?.focus();
	}

	/** Re-render the pane, keeping focus on the checkbox that had it. */
	#showFacets(outcome: SearchOutcome, state: SearchState, fieldsets = renderFacets(outcome.counts, state, this.#expanded)): void {
		this.#pane = { outcome, state };
		const pane = this.#get('.search-facets');
		const focused = document.activeElement instanceof HTMLInputElement && pane.contains(document.activeElement) ? document.activeElement : null;
		this.#get('.search-facet-list').replaceChildren(...fieldsets);
		pane.hidden = fieldsets.length === 0;
		const selected = Object.values(state.facets).some((values) => values.length > 0) || state.status.length > 0;
		this.#get('.search-clear').hidden = !selected;
		if (focused !== null) {
			const again = pane.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`);
			(again ?? this.#input).focus();
		}
	}
}

customElements.define('search-page', SearchPage);
