/**
 * Open or closed, worked out in the browser from a notice's main deadline and today's date in
 * China, so a page built long ago never calls a closed call open. A call is open through its
 * deadline day (…于2026年5月20日前报送 still accepts on the 20th).
 */

/** The 状态 facet's values. */
export const STATUSES = ['open', 'closed', 'none'] as const;

/** One 状态 value: accepting, past its deadline, or no dated deadline stated. */
export type DeadlineStatus = (typeof STATUSES)[number];

/**
 * The status of a deadline on a day.
 * @param deadline ISO date, or null.
 * @param today ISO date, today in China (src/text/today.ts).
 * @example deadlineStatus('2026-05-20', '2026-05-20') // 'open'
 */
export function deadlineStatus(deadline: string | null, today: string): DeadlineStatus {
	if (deadline === null) return 'none';
	return deadline >= today ? 'open' : 'closed';
}
