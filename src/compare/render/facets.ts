/**
 * The facet changes (项目类别, 截止日期, 名额, 领域, 申报条件, 建设周期, 附件, 联系人) as page sections.
 */
import { t } from '../../i18n/t.ts';
import { formatDeadlineDate } from '../../format/format-date.ts';
import { formatPeriod } from '../../format/format-period.ts';
import type { CarriedRef, DeadlineChange, DomainChange, FacetComparison, QuotaChange } from '../types.ts';
import { carriedMark } from './carried-mark.ts';
import type { ChangeIds } from './change-ids.ts';
import { facetSection, type RenderedChange } from './facet-section.ts';
import { h, type Child, type Element } from './html.ts';
import { redlineMarkup } from './redline.ts';

/** Old → new, each side only when present. */
function fromTo(a: Child, b: Child): Child[] {
	if (a === b) return [b];
	if (a === null) return [h('ins', {}, b)];
	if (b === null) return [h('del', {}, a)];
	return [h('span', { class: 'cmp-old' }, a), ' → ', h('span', { class: 'cmp-new' }, b)];
}

/** A change whose text has a redline: inline del/ins, else whole old → new. */
function textChange(a: string | null, b: string | null, redline: DiffPartsOrNull): Child[] {
	if (redline !== null) return redlineMarkup(redline).inline;
	return fromTo(a, b);
}
type DiffPartsOrNull = Parameters<typeof redlineMarkup>[0] | null;

function domainBody(c: DomainChange): Child[] {
	const name = (c.b ?? c.a)?.name ?? '';
	const body: Child[] = [h('strong', {}, name)];
	if (c.a !== null && c.b !== null && c.a.name !== c.b.name) body.push(` (${t('compare.wasNamed', { name: c.a.name })})`);
	const canonical = c.canonical.map((entry) => entry.name).join('、');
	if (canonical !== '' && canonical !== name) body.push(' ', h('small', {}, `〔${canonical}〕`));
	if (c.focus.added.length > 0) body.push(h('br', {}), t('compare.focusAdded'), h('ins', {}, c.focus.added.join('、')));
	if (c.focus.removed.length > 0) body.push(h('br', {}), t('compare.focusRemoved'), h('del', {}, c.focus.removed.join('、')));
	return body;
}

function quotaBody(c: QuotaChange): Child[] {
	return [h('strong', {}, c.scope), t('compare.colon'), ...fromTo(c.a?.text ?? null, c.b?.text ?? null)];
}

function deadlineBody(c: DeadlineChange): Child[] {
	const date = (d: DeadlineChange['a']) => (d === null ? null : formatDeadlineDate(d.date));
	const body: Child[] = [h('strong', {}, c.action), t('compare.colon'), ...fromTo(date(c.a), date(c.b))];
	// Days read as a move within the calendar only when small; across years the dates say it.
	if (c.days !== null && c.days !== 0 && !c.dateOnly && Math.abs(c.days) < 183) {
		const key = c.days < 0 ? 'compare.days.earlier' : 'compare.days.later';
		body.push(` (${t(key, { days: Math.abs(c.days) })})`);
	}
	const clause = c.b?.text ?? c.a?.text;
	if (clause !== undefined) body.push(h('br', {}), h('q', { class: 'cmp-clause' }, clause));
	return body;
}

/**
 * Every facet's section, in the order applicants read a notice; a carried fact is marked 沿用上级通知.
 * @param facets The typed facet changes.
 * @param ids The page's change counter.
 * @param nameOf A notice's name by id, for a carried fact's mark (null when the page does not know it).
 */
export function renderFacets(facets: FacetComparison, ids: ChangeIds, nameOf: (id: string) => string | null = () => null): Element[] {
	type Shown = { status: RenderedChange['status']; substantive: boolean; carried?: CarriedRef };
	const rendered = (change: Shown, body: Child[]): RenderedChange => ({
		status: change.status,
		substantive: change.substantive,
		body: [...body, ...carriedMark(change.carried, change.carried === undefined ? null : nameOf(change.carried.from))],
	});
	const period = facets.period;
	return [
		facetSection('programmes', facets.programmes.map((c) => rendered(c, fromTo(c.a, c.b))), ids),
		facetSection('deadlines', facets.deadlines.map((c) => rendered(c, deadlineBody(c))), ids),
		facetSection('quotas', facets.quotas.map((c) => rendered(c, quotaBody(c))), ids),
		facetSection('domains', facets.domains.map((c) => rendered(c, domainBody(c))), ids),
		facetSection(
			'conditions',
			facets.conditions.map((c) => rendered(c, textChange(c.a?.text ?? null, c.b?.text ?? null, c.redline))),
			ids,
		),
		facetSection(
			'period',
			period === null ? [] : [rendered(period, fromTo(period.a && formatPeriod(period.a), period.b && formatPeriod(period.b)))],
			ids,
		),
		facetSection(
			'attachments',
			facets.attachments.map((c) => rendered(c, textChange(c.a?.title ?? null, c.b?.title ?? null, c.redline))),
			ids,
		),
		facetSection(
			'contacts',
			facets.contacts.map((c) => rendered(c, contactBody(c.a, c.b, c.fields))),
			ids,
		),
	];
}

type Contact = FacetComparison['contacts'][number]['a'];

function contactLine(c: NonNullable<Contact>): string {
	return [c.name, c.org, c.role, ...c.phones, ...c.emails].filter((x) => x !== null).join(' ');
}

function contactBody(a: Contact, b: Contact, fields: readonly string[]): Child[] {
	const body = fromTo(a && contactLine(a), b && contactLine(b));
	if (a !== null && b !== null && fields.length > 0) body.push(` (${t('compare.fieldsChanged', { fields: fields.map((f) => t(`compare.field.${f}` as 'compare.field.name')).join('、') })})`);
	return body;
}
