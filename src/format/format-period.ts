/**
 * 建设周期 as text: a span of years or a length in years.
 */
import type { NoticeRecord } from '../schemas/notice.ts';
import { t } from '../i18n/t.ts';

/**
 * Format a construction period.
 * @param period The record's `period` (not null).
 * @example formatPeriod({ from: 2026, to: 2027 }) // '2026年—2027年'
 * @example formatPeriod({ years: 2 }) // '2年'
 */
export function formatPeriod(period: NonNullable<NoticeRecord['period']>): string {
	return 'years' in period
		? t('period.years', { years: period.years })
		: t('period.range', { from: period.from, to: period.to });
}
