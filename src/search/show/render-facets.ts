/**
 * The filter pane: one fieldset of checkboxes per facet, each value with the number of found
 * notices it would keep. Values with none are left out unless ticked, so a ticked value can
 * always be unticked.
 */
import { t, type MessageKey } from '../../i18n/t.ts';
import { LEVELS, levelLabel } from '../../format/level-label.ts';
import { STATUSES } from '../deadline-status.ts';
import type { PaneFacet } from '../facet-counts.ts';
import type { SearchState } from '../search-state.ts';

/** The pane's facets, top to bottom. */
export const PANE_FACETS: readonly PaneFacet[] = ['status', 'region', 'level', 'year', 'domain'];

const collator = new Intl.Collator('zh-CN');

function ordered(facet: PaneFacet, counts: Map<string, number>, values: string[]): string[] {
	if (facet === 'status') return STATUSES.filter((s) => values.includes(s));
	if (facet === 'level') return LEVELS.map(levelLabel).filter((l) => values.includes(l));
	if (facet === 'year') return values.sort((a, b) => b.localeCompare(a));
	return values.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || collator.compare(a, b));
}

/**
 * The fieldsets for the current counts and selection.
 * @param counts From facetCounts.
 * @param state The selection.
 * @example renderFacets(counts, state)[0].querySelector('legend').textContent // '状态'
 */
export function renderFacets(counts: Record<PaneFacet, Map<string, number>>, state: SearchState): HTMLFieldSetElement[] {
	return PANE_FACETS.flatMap((facet) => {
		const selected: readonly string[] = facet === 'status' ? state.status : state.facets[facet];
		const values = [...new Set([...[...counts[facet]].filter(([, n]) => n > 0).map(([v]) => v), ...selected])];
		if (values.length === 0) return [];
		const fieldset = document.createElement('fieldset');
		fieldset.className = 'facet';
		const legend = fieldset.appendChild(document.createElement('legend'));
		legend.textContent = t(`search.facet.${facet}` as MessageKey);
		const list = fieldset.appendChild(document.createElement('ul'));
		for (const value of ordered(facet, counts[facet], values)) {
			const label = list.appendChild(document.createElement('li')).appendChild(document.createElement('label'));
			const box = label.appendChild(document.createElement('input'));
			box.type = 'checkbox';
			box.name = facet;
			box.value = value;
			box.checked = selected.includes(value);
			const name = label.appendChild(document.createElement('span'));
			name.textContent = facet === 'status' ? t(`search.status.${value}` as MessageKey) : value;
			const count = label.appendChild(document.createElement('span'));
			count.className = 'facet-count';
			count.textContent = t('search.optionCount', { count: counts[facet].get(value) ?? 0 });
		}
		return [fieldset];
	});
}
