/**
 * The incremental-build cache key of a page of /deadlines/<year>/ (cache-key.ts): what that page
 * shows. Its entries (each notice's record, the deadline's index, date, clause and action), and the
 * first date of every page of its year, which the pager names; not the year's other entries.
 */
import { propsKey, recordKey } from '../build/cache-key.ts';
import type { TimelineEntry } from './deadline-timeline.ts';
import type { DeadlineYear } from './deadline-pages.ts';

const shown = (entry: TimelineEntry) => ({ ...entry, notice: recordKey(entry.notice) });

/**
 * @param page The page's props, as `yearPagePaths` makes them.
 * @example deadlinePageKey({ year, index: 0 }) // 'k5yG…'
 */
export function deadlinePageKey({ year, index }: { year: DeadlineYear; index: number }): string {
	const firstDates = year.pages.map(({ dated, yearly }) => dated[0]?.date ?? yearly[0]?.date ?? '');
	const page = year.pages[index] ?? { dated: [], yearly: [] };
	return propsKey({ year: year.year, index, firstDates }, page.dated.map(shown), page.yearly.map(shown));
}
