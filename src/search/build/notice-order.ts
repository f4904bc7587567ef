/**
 * The order of notice numbers (the literal index's and the doc table's): 成文日期, newest first, a
 * notice without one last, then by url. Ordering by date is then ordering by number, so the doc
 * table carries no 成文日期 column, and the search page loads about 2 bytes a notice less (issue 16).
 */
import { SORT_KEYS } from '../facet-keys.ts';

/**
 * Compare two pages for the notice order.
 * @param a A page with its Pagefind meta (`issued`, an ISO date) and url.
 * @param b Another.
 * @example [p2024, p2026].sort(noticeOrder) // [p2026, p2024]
 */
export function noticeOrder(a: { url: string; meta: Record<string, string> }, b: { url: string; meta: Record<string, string> }): number {
	const issued = (page: { meta: Record<string, string> }) => page.meta[SORT_KEYS.issued.key] ?? SORT_KEYS.issued.missing;
	return issued(b).localeCompare(issued(a)) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}
