/**
 * The filter pane: one fieldset of checkboxes per facet, each value with the number of found
 * notices it would keep. Values with none are left out unless ticked, so a ticked value can
 * always be unticked. A facet with many values (地区 has thousands at 10,000 notices) shows its
 * FACET_SHOWN most frequent and its ticked ones until the reader asks for all: a pane of thousands
 * of checkboxes cost more than the search itself to draw, and nobody reads it.
 */
import { t, type MessageKey } from '../../i18n/t.ts';
import { LEVELS, levelLabel } from '../../format/level-label.ts';
import { STATUSES } from '../deadline-status.ts';
import type { PaneFacet } from '../facet-counts.ts';
import type { SearchState } from '../search-state.ts';

/** The pane's facets, top to bottom. */
export const PANE_FACETS: readonly PaneFacet[] = ['status', 'region', 'level', 'year', 'domain'];

const collator = new Intl.Collator('zh-CN');

/** How many values a collapsed facet shows. */
export const FACET_SHOWN = 12;

function ordered(facet: PaneFacet, counts: Map<string, number>, values: string[]): string[] {
	if (facet === 'status') return STATUSES.filter((s) => values.includes(s));
	if (facet === 'level') return LEVELS.map(levelLabel).filter((l) => values.includes(l));
	if (facet === 'year') return values.sort((a, b) => b.localeCompare(a));
	return values.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || collator.compare(a, b));
}

/**
 * The values a facet shows, in order: all when expanded or few, else the first FACET_SHOWN and
 * any ticked value after them (in its place), so a ticked value can always be unticked.
 * @param values The facet's values in pane order.
 * @param selected Its ticked values.
 * @param expanded Whether the reader asked for all.
 * @example shownValues(['a', 'b', …20 more], ['v'], false) // the first 12, then 'v'
 */
export function shownValues(values: readonly string[], selected: readonly string[], expanded: boolean): readonly string[] {
	if (expanded || values.length <= FACET_SHOWN) return values;
	return values.filter((value, i) => i < FACET_SHOWN || selected.includes(value));
}

/** The button under a long facet: show all its values, or only the first again. */
function toggle(facet: PaneFacet, count: number, expanded: boolean): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'facet-toggle';
	button.dataset['facet'] = facet;
	button.setAttribute('aria-expanded', String(expanded));
	button.textContent = expanded ? t('search.facetFewer') : t('search.facetAll', { count });
	return button;
}

/**
 * The fieldsets for the current counts and selection.
 * @param counts From facetCounts.
 * @param state The selection.
 * @param expanded The facets whose every value the reader asked to see.
 * @example renderFacets(counts, state, new Set())[0].querySelector('legend').textContent // '状态'
 */
export function renderFacets(counts: Record<PaneFacet, Map<string, number>>, state: SearchState, expanded: ReadonlySet<PaneFacet>): HTMLFieldSetElement[] {
	return PANE_FACETS.flatMap((facet) => {
		const selected: readonly string[] = facet === 'status' ? state.status : state.facets[facet];
		const values = [...new Set([...[...counts[facet]].filter(([, n]) => n > 0).map(([v]) => v), ...selected])];
		if (values.length === 0) return [];
		const fieldset = document.createElement('fieldset');
		fieldset.className = 'facet';
		const legend = fieldset.appendChild(document.createElement('legend'));
		legend.textContent = t(`search.facet.${facet}` as MessageKey);
		const list = fieldset.appendChild(document.createElement('ul'));
		const all = ordered(facet, counts[facet], values);
		for (const value of shownValues(all, selected, expanded.has(facet))) {
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
		if (all.length > FACET_SHOWN) fieldset.append(toggle(facet, all.length, expanded.has(facet)));
		return [fieldset];
	});
}
