/**
 * The one deadline a list shows for a notice.
 */
import type { NoticeRecord } from '../schemas/notice.ts';
import { isMonthDay } from './format-date.ts';

type Deadline = NoticeRecord['deadlines'][number];

/** A deadline with its position in the record, so a link can point at `deadline-<index>`. */
export interface IndexedDeadline {
	deadline: Deadline;
	index: number;
}

const earliest = (items: IndexedDeadline[]): IndexedDeadline | null =>
	items.reduce<IndexedDeadline | null>(
		(best, item) => (best === null || item.deadline.date < best.deadline.date ? item : best),
		null,
	);

/**
 * Choose the main deadline: the earliest full ISO date, since that is when applications close;
 * a yearly `--MM-DD` one (a report due every November) only when the notice gives no other.
 * Ties keep the first in record order. ISO and `--MM-DD` strings each sort as dates.
 * @param deadlines The record's `deadlines`.
 * @example mainDeadline([{ date: '--11-30', text: '…' }, { date: '2026-06-30', text: '…' }])
 * // { deadline: { date: '2026-06-30', text: '…' }, index: 1 }
 */
export function mainDeadline(deadlines: readonly Deadline[]): IndexedDeadline | null {
	const indexed = deadlines.map((deadline, index) => ({ deadline, index }));
	const once = indexed.filter((item) => !isMonthDay(item.deadline.date));
	return earliest(once) ?? earliest(indexed);
}
