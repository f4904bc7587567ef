/**
 * A slice of a search's hits as list items, their Pagefind fragments loaded in parallel: the
 * phrase group marks the terms, the words group marks the words too.
 */
import { today } from '../../text/today.ts';
import type { DocTable } from '../doc-table.ts';
import type { SearchHit, SearchOutcome } from '../search-engine.ts';
import { renderResult } from './render-result.ts';

/** A rendered hit and the list it goes in. */
export interface RenderedHit {
	group: SearchHit['group'];
	element: HTMLLIElement;
}

/**
 * Render hits[from, to).
 * @param outcome The search.
 * @param table The doc table.
 * @param from First hit.
 * @param to One past the last.
 * @example await renderHits(outcome, engine.table, 0, 10) // [{ group: 'phrase', element: <li> }, …]
 */
export function renderHits(outcome: SearchOutcome, table: DocTable, from: number, to: number): Promise<RenderedHit[]> {
	const day = today();
	const words = outcome.match.words.flatMap((w) => w ?? []);
	return Promise.all(
		outcome.hits.slice(from, to).map(async (hit) => ({
			group: hit.group,
			element: renderResult(await hit.data(), hit.group === 'phrase' ? outcome.match.terms : [...outcome.match.terms, ...words], table, hit.doc, day),
		})),
	);
}
