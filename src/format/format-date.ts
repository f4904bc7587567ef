/**
 * Dates as Chinese readers write them (2026年4月14日), from the record's ISO forms.
 */
import { ISO_DATE, MONTH_DAY } from '../schemas/date-patterns.ts';
import { t } from '../i18n/t.ts';

/**
 * Whether a deadline date recurs every year (`--11-30`, 每年11月30日).
 * @param date An ISO date or a yearly `--MM-DD` date.
 */
export function isMonthDay(date: string): boolean {
	return MONTH_DAY.test(date);
}

/**
 * Format an ISO date without leading zeros.
 * @param iso A calendar date like `2026-04-14`.
 * @example formatDate('2026-04-14') // '2026年4月14日'
 */
export function formatDate(iso: string): string {
	if (!ISO_DATE.test(iso)) {
		throw new Error(`Cannot format \`${iso}\`, expected an ISO date like \`2026-04-14\``);
	}
	const [year, month, day] = iso.split('-').map(Number);
	return t('date.full', { year: year ?? '', month: month ?? '', day: day ?? '' });
}

/**
 * Format a yearly date.
 * @param monthDay A recurring date like `--11-30`.
 * @example formatMonthDay('--11-30') // '每年11月30日'
 */
export function formatMonthDay(monthDay: string): string {
	if (!isMonthDay(monthDay)) {
		throw new Error(`Cannot format \`${monthDay}\`, expected a yearly date like \`--11-30\``);
	}
	const [month, day] = monthDay.slice(2).split('-').map(Number);
	return t('date.yearly', { month: month ?? '', day: day ?? '' });
}

/**
 * Format a deadline's date, whichever of the two forms the record uses.
 * @param date `2026-05-20` or `--11-30`.
 * @example formatDeadlineDate('--11-30') // '每年11月30日'
 */
export function formatDeadlineDate(date: string): string {
	return isMonthDay(date) ? formatMonthDay(date) : formatDate(date);
}
