/**
 * ISO dates as small integers for the doc table's file: days since 1970-01-01 plus one, 0 for no
 * date. Only real calendar dates round-trip, so the build refuses anything else.
 */

const DAY_MS = 86_400_000;

/**
 * A date (or null) as its day number.
 * @example dayNumber('1970-01-02') // 2
 */
export function dayNumber(date: string | null): number {
	if (date === null) return 0;
	const ms = /^\d{4}-\d{2}-\d{2}$/u.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
	if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date || ms < 0) {
		throw new Error(`Cannot store the date \`${date}\` in the doc table, expected a calendar date YYYY-MM-DD from 1970 on`);
	}
	return ms / DAY_MS + 1;
}

/**
 * A day number back as an ISO date (or null for 0).
 * @example dayDate(2) // '1970-01-02'
 */
export function dayDate(day: number): string | null {
	return day === 0 ? null : new Date((day - 1) * DAY_MS).toISOString().slice(0, 10);
}
