/**
 * Dates as Chinese readers write them (2026年4月14日, 每年11月30日), from the record's ISO forms:
 * the one formatter of dates. The other direction, text to ISO, is src/text/dates.ts (parseDate).
 */
import { dateParts, MONTH_DAY } from '../text/date-patterns.ts';
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
	const parts = dateParts(iso);
	if (parts === null || parts.year === null) {
		throw new Error(`Cannot format \`${iso}\`, expected an ISO date like \`2026-04-14\``);
	}
	return t('date.full', { year: parts.year, month: parts.month, day: parts.day });
}

/**
 * Format a yearly date.
 * @param monthDay A recurring date like `--11-30`.
 * @example formatMonthDay('--11-30') // '每年11月30日'
 */
export function formatMonthDay(monthDay: string): string {
	const parts = dateParts(monthDay);
	if (parts === null || parts.year !== null) {
		throw new Error(`Cannot format \`${monthDay}\`, expected a yearly date like \`--11-30\``);
	}
	return t('date.yearly', { month: parts.month, day: parts.day });
}

/**
 * Format a deadline's date, whichever of the two forms the record uses.
 * @param date `2026-05-20` or `--11-30`.
 * @example formatDeadlineDate('--11-30') // '每年11月30日'
 */
export function formatDeadlineDate(date: string): string {
	return isMonthDay(date) ? formatMonthDay(date) : formatDate(date);
}
