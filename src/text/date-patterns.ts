/**
 * The date shapes of a record as plain regular expressions, shared by the zod schema and by code
 * that must not pull zod into a browser bundle (the compare worker formats dates too).
 */

/** A calendar date, `2026-06-30`. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A date that recurs every year (每年11月15日前), `--11-15`. */
export const MONTH_DAY = /^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A record date read into numbers; `year` is null for a yearly date. */
export interface DateParts {
	year: number | null;
	month: number;
	day: number;
}

/**
 * The numbers of a record date, ISO or yearly: the one reader of the record's date forms, for the
 * formatter (src/format/format-date.ts) and the countdown alike.
 * @param date `2026-05-20` or `--11-15`.
 * @example dateParts('--11-15') // { year: null, month: 11, day: 15 }
 */
export function dateParts(date: string): DateParts | null {
	const yearly = MONTH_DAY.exec(date);
	if (yearly) return { year: null, month: Number(yearly[1]), day: Number(yearly[2]) };
	if (!ISO_DATE.test(date)) return null;
	return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}
