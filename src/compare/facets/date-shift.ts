/**
 * How far a deadline moved between two notices, and whether it only rolled over to the same day of
 * a later year (2025-05-31 → 2026-05-31), which a reader of the newer notice need not be told.
 */

const DAY = 86_400_000;
// A leap year, so that --02-29 has a place when only month and day are compared.
const REFERENCE_YEAR = 2000;

interface DateParts {
	year: number | null;
	month: number;
	day: number;
}

/**
 * Split an ISO date (`2026-06-30`) or a yearly one (`--11-30`) into its parts.
 * @param date An ISO or yearly date as records hold them.
 * @example dateParts('--11-30') // { year: null, month: 11, day: 30 }
 */
export function dateParts(date: string): DateParts {
	const [, year, month, day] = /^(\d{4}|-)-(\d{2})-(\d{2})$/u.exec(date) ?? [];
	const yearly = year === '-' || year === undefined;
	return { year: yearly ? null : Number(year), month: Number(month), day: Number(day) };
}

/**
 * Days from `a` to `b` (b − a) and whether it is a roll-over. Two ISO dates are compared as dates;
 * when either recurs yearly (`--11-30`) only month and day are.
 * @param a The old date.
 * @param b The new date.
 * @example dateShift('2023-08-15', '2023-06-30') // { days: -46, dateOnly: false }
 * @example dateShift('2025-05-31', '2026-05-31') // { days: 365, dateOnly: true }
 */
export function dateShift(a: string, b: string): { days: number; dateOnly: boolean } {
	const x = dateParts(a);
	const y = dateParts(b);
	if (x.year === null || y.year === null) {
		return { days: (utc(REFERENCE_YEAR, y) - utc(REFERENCE_YEAR, x)) / DAY, dateOnly: false };
	}
	const dateOnly = y.year > x.year && x.month === y.month && x.day === y.day;
	return { days: (utc(y.year, y) - utc(x.year, x)) / DAY, dateOnly };
}

function utc(year: number, { month, day }: DateParts): number {
	return Date.UTC(year, month - 1, day);
}
