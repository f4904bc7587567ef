/**
 * 沿用上级通知 beside a facet change whose fact a notice carries from the call it forwards, linked
 * to the sentence stating it there, as the notice page marks it (CarriedMark.astro).
 */
import { t } from '../../i18n/t.ts';
import { noticePath } from '../../format/paths.ts';
import { factId } from '../../schemas/fact.ts';
import type { CarriedRef } from '../types.ts';
import { h, type Child } from './html.ts';

/**
 * The mark, or nothing for a fact that is not carried.
 * @param carried Where the carried fact is stated.
 * @param name The stating notice's name, when the page knows it.
 * @example carriedMark({ from: 'national-2026-pilot-call', kind: 'period', index: 0 }, '国家标准委关于…的通知')
 * // [' ', <a class="carried" href="/notices/national-2026-pilot-call/#period-0" …>沿用上级通知</a>]
 */
export function carriedMark(carried: CarriedRef | undefined, name: string | null): Child[] {
	if (carried === undefined) return [];
	// A programme's name is not marked in the text (ingest sets no anchor on it): link the notice.
	const anchor = carried.kind === 'programme' ? '' : `#${factId(carried.kind, carried.index)}`;
	const label = name === null ? t('notice.carried') : t('notice.carriedFrom', { title: name });
	return [' ', h('a', { class: 'carried', href: noticePath(carried.from) + anchor, title: label, 'aria-label': label }, t('notice.carried'))];
}
