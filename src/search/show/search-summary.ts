/**
 * The sentence the live region reads out after a search: how many notices contain the query,
 * whether filters narrow them, and how many more contain its words apart.
 */
import { t } from '../../i18n/t.ts';
import type { SearchOutcome } from '../search-engine.ts';
import type { SearchState } from '../search-state.ts';

/**
 * The summary of a search.
 * @param state What was asked.
 * @param outcome What was found.
 * @example searchSummary(state, outcome) // '找到3份通知包含“申报材料”。另有3份通知包含“申报”、“材料”，但不相连。'
 */
export function searchSummary(state: SearchState, outcome: SearchOutcome): string {
	const phrase = outcome.hits.filter((hit) => hit.group === 'phrase').length;
	const words = outcome.hits.length - phrase;
	const query = state.query.trim().replace(/\s+/gu, ' ');
	const filtered = Object.values(state.facets).some((values) => values.length > 0) || state.status.length > 0;
	if (query === '') return t('search.listed', { count: phrase });
	const parts = [phrase === 0 ? t('search.none', { query }) : t('search.found', { count: phrase, query })];
	if (filtered) parts.push(t('search.filtered'));
	if (words > 0) {
		const list = outcome.match.words.flatMap((w) => w ?? []).map((w) => `“${w}”`);
		parts.push(t('search.wordsFound', { count: words, words: list.join(t('search.wordsSeparator')) }));
	}
	return parts.join('');
}
