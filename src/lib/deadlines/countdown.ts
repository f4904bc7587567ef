/**
 * How far a deadline is from today (in China): the arithmetic behind the "还有N天" a notice
 * page and the deadline timeline show. Pure, so the browser element and tests share it; the
 * build never calls it (a built page must not depend on the day it was built).
 */
import { ISO_DATE, MONTH_DAY } from '../../text/date-patterns.ts';

/** Where a deadline stands on a given day. */
export interface Countdown {
	/** `past` once the day is over; the deadline's own day is `today`. */
	when: 'past' | 'today' | 'upcoming';
	/** Whole days between today and the date, never negative. */
	days: number;
	/** The date counted to: the deadline itself, or a yearly one's next occurrence. */
	on: string;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date, in UTC so no time zone or DST shift enters. */
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * A yearly `--MM-DD` date's next occurrence on or after today; 29 February falls on the 28th in
 * other years.
 * @param monthDay A yearly date like `--11-30`.
 * @param today An ISO date.
 * @example nextOccurrence('--11-30', '2026-12-01') // '2027-11-30'
 */
export function nextOccurrence(monthDay: string, today: string): string {
	const [month = '', day = ''] = monthDay.slice(2).split('-');
	const leapDay = month === '02' && day === '29';
	const on = (year: number) => `${year}-${month}-${leapDay && !isLeap(year) ? '28' : day}`;
	const year = Number(today.slice(0, 4));
	return on(year) >= today ? on(year) : on(year + 1);
}

/**
 * Where a deadline stands on a given day.
 * @param date The deadline: an ISO date, or `--MM-DD` for one that recurs every year.
 * @param today Today in China (`today()`, src/text/today.ts).
 * @example countdown('2026-06-30', '2026-05-20')
 * // { when: 'upcoming', days: 41, on: '2026-06-30' }
 * @example countdown('--11-30', '2026-05-20') // { when: 'upcoming', days: 194, on: '2026-11-30' }
 */
export function countdown(date: string, today: string): Countdown {
	if (!ISO_DATE.test(today)) {
		throw new Error(`Cannot count from \`${today}\`, expected an ISO date`);
	}
	if (!ISO_DATE.test(date) && !MONTH_DAY.test(date)) {
		throw new Error(`Cannot count to \`${date}\`, expected an ISO date or a yearly --MM-DD`);
	}
	const on = MONTH_DAY.test(date) ? nextOccurrence(date, today) : date;
	const days = dayNumber(on) - dayNumber(today);
	const when = days < 0 ? 'past' : days === 0 ? 'today' : 'upcoming';
	return { when, days: Math.abs(days), on };
}
