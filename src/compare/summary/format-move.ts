/**
 * A deadline's move in words: 由8月15日提前至6月30日. Notices of consecutive years set the same
 * kind of date a year apart, so the year is left out and the move read within the year; it is
 * written out (由2023年8月15日改为2026年6月30日) when the years differ by more than that.
 */
import { t } from '../../i18n/t.ts';
import { formatDate, formatMonthDay } from '../../format/format-date.ts';
import { dateParts, dateShift } from '../facets/date-shift.ts';

// Half a year: a one-year gap with a larger in-year shift crossed New Year (12月20日 → 1月10日).
const HALF_YEAR = 182;

/**
 * A date as the summary writes it when years are left out: 8月15日, or 每年11月30日.
 * @param date An ISO or yearly date.
 * @example formatDay('2026-06-30') // '6月30日'
 */
export function formatDay(date: string): string {
	const { year, month, day } = dateParts(date);
	return year === null ? formatMonthDay(date) : t('date.monthDay', { month, day });
}

/**
 * How a date moved from `from` to `to`.
 * @param from The old date.
 * @param to The new date.
 * @example formatMove('2025-08-15', '2026-06-30') // '由8月15日提前至6月30日'
 * @example formatMove('2023-08-15', '2026-06-30') // '由2023年8月15日改为2026年6月30日'
 */
export function formatMove(from: string, to: string): string {
	const x = dateParts(from);
	const y = dateParts(to);
	// Month and day only: 2025-08-15 as --08-15.
	const inYear = dateShift(from.replace(/^\d{4}/u, '-'), to.replace(/^\d{4}/u, '-')).days;
	const years = x.year === null || y.year === null ? 0 : y.year - x.year;
	if (years === 0 || (years === 1 && Math.abs(inYear) <= HALF_YEAR)) {
		// Same day, once a fixed date and once a yearly one: neither earlier nor later.
		const verb = t(inYear < 0 ? 'compare.earlier' : inYear > 0 ? 'compare.later' : 'compare.changedTo');
		return t('compare.move', { from: formatDay(from), verb, to: formatDay(to) });
	}
	return t('compare.move', { from: formatDate(from), verb: t('compare.changedTo'), to: formatDate(to) });
}
