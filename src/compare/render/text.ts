/**
 * The aligned full-text redline as page markup: one block per section pair, one row per sentence
 * pair. A row holds the old cell, the new cell and an inline cell; CSS shows the two side by side
 * or the inline one, so switching views needs no re-rendering. Runs of unchanged sentences fold
 * into a <details>, which works without scripts.
 */
import { t } from '../../i18n/t.ts';
import type { SectionPair, SectionRef, SentencePair, TextRedline } from '../types.ts';
import type { ChangeIds } from './change-ids.ts';
import { statusBadge } from './facet-section.ts';
import { h, type Child, type Element } from './html.ts';
import { redlineMarkup } from './redline.ts';

/** Fewer unchanged sentences than this in a row stay open. */
const FOLD_AT = 3;

function cells(pair: SentencePair): Child[] {
	if (pair.status === 'equal') return [h('div', { class: 'cell cell-same' }, pair.b ?? pair.a)];
	const parts = pair.parts ?? [
		...(pair.a === null ? [] : [{ value: pair.a, removed: true }]),
		...(pair.b === null ? [] : [{ value: pair.b, added: true }]),
	];
	const markup = redlineMarkup(parts);
	const empty = (side: string | null) => (side === null ? ' cell-empty' : '');
	return [
		h('div', { class: `cell cell-a${empty(pair.a)}` }, markup.a),
		h('div', { class: `cell cell-b${empty(pair.b)}` }, markup.b),
		h('div', { class: 'cell cell-inline' }, markup.inline),
	];
}

function row(pair: SentencePair, ids: ChangeIds): Element {
	if (pair.status === 'equal') return h('div', { class: 'row', 'data-status': 'equal' }, cells(pair));
	const moved = pair.moveId === undefined ? null : `move-${pair.moveId}-${pair.a === null ? 'b' : 'a'}`;
	const other = pair.moveId === undefined ? null : `#move-${pair.moveId}-${pair.a === null ? 'a' : 'b'}`;
	return h(
		'div',
		{ class: 'row chg', id: ids.next(), tabindex: -1, 'data-status': pair.status, 'data-substantive': String(pair.substantive) },
		h('span', { class: 'row-badge', id: moved ?? undefined }, statusBadge(pair.status, pair.substantive)),
		other === null ? null : h('a', { class: 'row-move', href: other }, t(pair.a === null ? 'compare.movedFrom' : 'compare.movedTo')),
		cells(pair),
	);
}

function rows(sentences: readonly SentencePair[], ids: ChangeIds): Child[] {
	const out: Child[] = [];
	let same: SentencePair[] = [];
	const flush = () => {
		if (same.length >= FOLD_AT) {
			out.push(h('details', { class: 'same-run' }, h('summary', {}, t('compare.sameRun', { count: same.length })), same.map((p) => row(p, ids))));
		} else out.push(...same.map((p) => row(p, ids)));
		same = [];
	};
	for (const pair of sentences) {
		if (pair.status === 'equal') same.push(pair);
		else {
			flush();
			out.push(row(pair, ids));
		}
	}
	flush();
	return out;
}

function pathLabel(ref: SectionRef | null): string {
	if (ref === null) return t('compare.absent');
	return ref.path.length === 0 ? t('compare.preamble') : ref.path.join(' › ');
}

function section(pair: SectionPair, ids: ChangeIds): Element {
	const same = pair.a !== null && pair.b !== null && pathLabel(pair.a) === pathLabel(pair.b);
	return h(
		'section',
		{ class: 'sec', 'data-status': pair.status },
		h(
			'h3',
			{ class: 'sec-heading' },
			same ? h('span', { class: 'sec-same' }, pathLabel(pair.b)) : [h('span', { class: 'sec-a' }, pathLabel(pair.a)), h('span', { class: 'sec-b' }, pathLabel(pair.b))],
			pair.status === 'equal' ? null : [' ', statusBadge(pair.status)],
		),
		rows(pair.sentences, ids),
	);
}

/**
 * The full-text part of a comparison page.
 * @param text The aligned redline.
 * @param ids The page's change counter.
 */
export function renderText(text: TextRedline, ids: ChangeIds): Element {
	return h(
		'section',
		{ class: 'cmp-text', id: 'cmp-text' },
		h('h2', {}, t('compare.text')),
		text.fellBack ? h('p', { class: 'cmp-note' }, t('compare.fellBack')) : null,
		text.sections.map((s) => section(s, ids)),
	);
}
