/**
 * The frame every facet shares: a heading with its change count, the changes as a list (each a
 * focusable `.chg` carrying its status and whether it is substantive), kept items folded away.
 */
import { t, type MessageKey } from '../../i18n/t.ts';
import type { ChangeStatus, FacetName } from '../types.ts';
import type { ChangeIds } from './change-ids.ts';
import { h, type Child, type Element } from './html.ts';

/** One change as the frame needs it, with its rendered body. */
export interface RenderedChange {
	status: ChangeStatus;
	substantive: boolean;
	body: Child[];
}

/**
 * The status badge: 新增, 删去, 修改, 未变 (a date-only change says so).
 * @param status A change status.
 * @param substantive False for roll-overs.
 */
export function statusBadge(status: ChangeStatus | 'moved' | 'equal', substantive = true): Element {
	const key = !substantive && status === 'changed' ? 'compare.status.rollover' : `compare.status.${status}`;
	return h('span', { class: 'cmp-badge', 'data-status': status }, t(key as MessageKey));
}

/**
 * A facet's section: `<section id="cmp-domains">` with its changes and its kept items.
 * @param facet Which facet.
 * @param changes Its changes, kept ones included.
 * @param ids The page's change counter.
 */
export function facetSection(facet: FacetName, changes: readonly RenderedChange[], ids: ChangeIds): Element {
	const changed = changes.filter((c) => c.status !== 'kept');
	const kept = changes.filter((c) => c.status === 'kept');
	const heading = h('h3', {}, t(`card.${facet}`), ' ', h('span', { class: 'cmp-count' }, String(changed.length)));
	const items = changed.map((c) =>
		h(
			'li',
			{ class: 'chg', id: ids.next(), tabindex: -1, 'data-status': c.status, 'data-substantive': String(c.substantive) },
			statusBadge(c.status, c.substantive),
			' ',
			c.body,
		),
	);
	return h(
		'section',
		{ class: 'cmp-facet', id: `cmp-${facet}`, 'data-changes': changed.length },
		heading,
		changes.length === 0 ? h('p', { class: 'cmp-none' }, t('compare.neither')) : null,
		items.length > 0 ? h('ul', { class: 'cmp-changes' }, items) : null,
		kept.length > 0
			? h(
					'details',
					{ class: 'cmp-kept' },
					h('summary', {}, t('compare.keptItems', { count: kept.length })),
					h('ul', {}, kept.map((c) => h('li', {}, c.body))),
				)
			: null,
	);
}
