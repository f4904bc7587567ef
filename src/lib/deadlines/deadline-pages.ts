/**
 * The deadline timeline cut into bounded pages (src/lib/listing/page-sizes.ts): /deadlines/ shows the
 * latest deadlines, /deadlines/<year>/ a calendar year's dated deadlines and the yearly ones
 * (每年11月底) of that programme year's notices, paged. The build knows no today, so "latest"
 * is the end of the timeline; the browser marks what is past.
 */
import type { DeadlineTimeline, TimelineEntry } from './deadline-timeline.ts';
import { lastItems, paginate } from '../listing/paginate.ts';

/** One page of a year's deadlines. */
export interface DeadlinePage {
	/** Dated deadlines, earliest first. */
	dated: TimelineEntry[];
	/** Yearly deadlines, by month and day. */
	yearly: TimelineEntry[];
}

/** A year's deadlines, in pages. */
export interface DeadlineYear {
	year: number;
	/** How many deadlines the year's pages hold. */
	count: number;
	pages: DeadlinePage[];
}

const byDate = (entry: TimelineEntry) => entry.date;
const isYearly = (entry: TimelineEntry) => entry.date.startsWith('--');

/**
 * Every year with a deadline, oldest first: dated deadlines by the year of their date, yearly ones
 * by their notice's programme year, after the dated ones; pages break between days.
 * @param timeline The whole timeline (`deadlineTimeline`).
 * @param size The most deadlines a page holds.
 */
export function deadlineYears(timeline: DeadlineTimeline, size: number): DeadlineYear[] {
	const years = new Map<number, TimelineEntry[]>();
	const add = (year: number, entry: TimelineEntry) => years.set(year, [...(years.get(year) ?? []), entry]);
	for (const entry of timeline.dated) add(Number(entry.date.slice(0, 4)), entry);
	for (const entry of timeline.yearly) add(entry.notice.year, entry);
	return [...years]
		.sort(([a], [b]) => a - b)
		.map(([year, entries]) => ({
			year,
			count: entries.length,
			pages: paginate(entries, size, byDate).map((page) => ({
				dated: page.filter((entry) => !isYearly(entry)),
				yearly: page.filter(isYearly),
			})),
		}));
}

/**
 * What /deadlines/ shows: the latest `size` dated deadlines (whole days), and at most `size`
 * yearly ones, those of the newest programme years.
 * @param timeline The whole timeline.
 * @param size The most deadlines of each kind.
 */
export function recentDeadlines(timeline: DeadlineTimeline, size: number): DeadlinePage {
	const byYear = [...timeline.yearly].sort((a, b) => a.notice.year - b.notice.year);
	const yearly = new Set(lastItems(byYear, size, (entry) => entry.notice.year));
	return {
		dated: lastItems(timeline.dated, size, byDate),
		yearly: timeline.yearly.filter((entry) => yearly.has(entry)),
	};
}
