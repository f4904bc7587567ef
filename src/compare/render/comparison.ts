/**
 * A whole comparison as markup: the notices' names with their 文号, issuers and dates (issue 13),
 * the summary with change counts per facet, the facet changes and the aligned full text.
 * Pre-rendered pages and the picker's worker both call this, so a pair looks the same however it
 * was reached.
 */
import { t } from '../../i18n/t.ts';
import { formatDate } from '../../format/format-date.ts';
import { noticePath } from '../../format/paths.ts';
import type { FacetName, NoticeComparison, NoticeRef } from '../types.ts';
import { changeIds } from './change-ids.ts';
import { renderFacets } from './facets.ts';
import { h, type Element } from './html.ts';
import { renderText } from './text.ts';

/** Facets in the order of the page, then the text. */
const ORDER: readonly (FacetName | 'text')[] = ['programmes', 'deadlines', 'quotas', 'domains', 'conditions', 'period', 'attachments', 'contacts', 'text'];

function noticeName(ref: NoticeRef): string {
	return ref.title ?? `${ref.jurisdiction.name} ${t('year.label', { year: ref.year })}`;
}

/** What names a document (GB/T 9704: 发文字号, 发文机关, 成文日期), 未载明 where the notice has none. */
function docFacts(ref: NoticeRef): Element {
	const facts: [string, string | null][] = [
		[t('notice.docNumber'), ref.docNumber],
		[t('notice.issuers'), ref.issuers.length > 0 ? ref.issuers.join('、') : null],
		[t('notice.issuedOn'), ref.issuedOn === null ? null : formatDate(ref.issuedOn)],
	];
	return h('dl', { class: 'cmp-doc' }, facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value ?? t('card.empty'))]));
}

function countsNav(c: NoticeComparison): Element {
	const items = ORDER.map((facet) => {
		const { all, substantive } = c.counts[facet];
		const label = facet === 'text' ? t('compare.text') : t(`card.${facet}`);
		return h(
			'li',
			{},
			h('a', { href: `#cmp-${facet}` }, label, ' ', h('b', { class: 'cmp-count', 'data-all': all, 'data-substantive': substantive }, String(all))),
		);
	});
	return h('nav', { class: 'cmp-counts', 'aria-label': t('compare.countsLabel') }, h('ul', {}, items));
}

/**
 * Render a comparison.
 * @param c The comparison of `c.a` against `c.b`.
 * @example toHtml(renderComparison(compareNotices(a, b, taxonomy)))
 */
export function renderComparison(c: NoticeComparison): Element {
	const ids = changeIds();
	const nameOf = (id: string) => (id === c.a.id ? noticeName(c.a) : id === c.b.id ? noticeName(c.b) : null);
	const side = (ref: NoticeRef, key: 'compare.sideA' | 'compare.sideB', cls: string) =>
		h(
			'div',
			{ class: `cmp-side ${cls}` },
			h('span', { class: 'cmp-side-label' }, t(key)),
			' ',
			h('a', { href: noticePath(ref.id) }, noticeName(ref)),
			docFacts(ref),
		);
	return h(
		'div',
		{ class: 'cmp', 'data-a': c.a.id, 'data-b': c.b.id },
		h('div', { class: 'cmp-sides' }, side(c.a, 'compare.sideA', 'cmp-side-a'), side(c.b, 'compare.sideB', 'cmp-side-b')),
		h(
			'section',
			{ class: 'cmp-overview', id: 'cmp-summary' },
			h('h2', {}, t('compare.summary')),
			h('p', { class: 'cmp-summary' }, c.summary),
			countsNav(c),
		),
		h('section', { class: 'cmp-facets' }, h('h2', {}, t('compare.facets')), renderFacets(c.facets, ids, nameOf)),
		renderText(c.text, ids),
	);
}
