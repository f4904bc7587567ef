/**
 * The summary's period phrase: 建设周期改为2年, unless the period only rolled forward.
 */
import { t } from '../../i18n/t.ts';
import { formatPeriod } from '../../format/format-period.ts';
import type { PeriodChange } from '../types.ts';

/**
 * Phrases for a substantive period change.
 * @param change The period facet.
 * @example periodPhrases({ status: 'changed', a: { years: 2 }, b: { years: 3 }, substantive: true }) // ['建设周期改为3年']
 */
export function periodPhrases(change: PeriodChange | null): string[] {
	if (change === null || !change.substantive) return [];
	if (change.b === null) return [t('compare.periodRemoved')];
	const period = formatPeriod(change.b);
	return [t(change.status === 'added' ? 'compare.periodAdded' : 'compare.periodChanged', { period })];
}
