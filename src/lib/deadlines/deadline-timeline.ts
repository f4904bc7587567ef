/**
 * Every deadline of every notice on one line of time: what the timeline page lists and the
 * calendars hold. Dated deadlines and yearly ones (每年11月底) are kept apart, since a yearly
 * date has no place among dates until a reader's today picks its next occurrence.
 */
import { t } from '../../i18n/t.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { isMonthDay } from '../../format/format-date.ts';
import { LEVELS } from '../../format/level-label.ts';

/** One deadline of one notice. */
export interface TimelineEntry {
	notice: NoticeRecord;
	/** Its index in the record's `deadlines`, so it links to `#deadline-<index>`. */
	index: number;
	/** `2026-06-30`, or `--11-30` for a yearly deadline. */
	date: string;
	/** The clause that sets it. */
	text: string;
	/** What is due, the record's `kind` as the deadline card names it: `申报截止`, `年度报告`. */
	action: string;
}

/** The deadlines of all notices, each list in the order it is read. */
export interface DeadlineTimeline {
	/** Deadlines with a full date, earliest first. */
	dated: TimelineEntry[];
	/** Deadlines that recur every year, by month and day. */
	yearly: TimelineEntry[];
}

/** By date, then national before local, then notice id and record order: never by file order. */
function entryOrder(a: TimelineEntry, b: TimelineEntry): number {
	const level = (e: TimelineEntry) => LEVELS.indexOf(e.notice.jurisdiction.level);
	if (a.date !== b.date) return a.date < b.date ? -1 : 1;
	if (a.notice.id !== b.notice.id) return level(a) - level(b) || (a.notice.id < b.notice.id ? -1 : 1);
	return a.index - b.index;
}

/**
 * All deadlines of all notices, dated ones earliest first and yearly ones by month and day.
 * @param records All notices.
 * @example deadlineTimeline([liaoning2026]).dated.map((e) => e.date) // ['2026-05-20']
 * @example deadlineTimeline([liaoning2026]).yearly.map((e) => e.date) // ['--11-30']
 */
export function deadlineTimeline(records: readonly NoticeRecord[]): DeadlineTimeline {
	const entries = records.flatMap((notice) =>
		notice.deadlines.map(({ date, kind, text }, index) => ({
			notice,
			index,
			date,
			text,
			action: t(`deadline.kind.${kind}`),
		})),
	);
	entries.sort(entryOrder);
	return {
		dated: entries.filter((entry) => !isMonthDay(entry.date)),
		yearly: entries.filter((entry) => isMonthDay(entry.date)),
	};
}
