/**
 * The one "today": the calendar date in China (Asia/Shanghai), for every page script, the search
 * status filter, the deadline countdown, ingest's reference date and the scripts. A deadline is a
 * date in China, so a reader abroad, a build server on UTC and the search filter must all agree on
 * which day it is there (23:30 UTC is already the next morning in Beijing).
 */

// en-CA writes dates as YYYY-MM-DD; the parts are read one by one all the same, so no locale's
// choice of separator can leak in.
const CHINA = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in China as an ISO date.
 * @param now The current time; pass a fixed one in tests.
 * @example today(new Date('2026-05-20T23:30:00Z')) // '2026-05-21'
 */
export function today(now: Date | number = Date.now()): string {
	const parts = CHINA.formatToParts(now);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')}`;
}
