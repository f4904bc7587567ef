/**
 * Which deadline matters first: the order cards list them in and the one lists show.
 */
import type { NoticeRecord } from '../schemas/notice.ts';
import { isMonthDay } from './format-date.ts';

type Deadline = NoticeRecord['deadlines'][number];

/** A deadline with its position in the record, so a link can point at `deadline-<index>`. */
export interface IndexedDeadline {
	deadline: Deadline;
	index: number;
}

/**
 * Order deadlines by date, full ISO dates before yearly `--MM-DD` ones: the date applications
 * close comes before a report due every November. Equal dates keep record order.
 * ISO and `--MM-DD` strings each sort as dates.
 * @param deadlines The record's `deadlines`.
 * @example orderDeadlines([{ date: '--11-30', text: '…' }, { date: '2026-06-30', text: '…' }])
 * // [{ deadline: { date: '2026-06-30', … }, index: 1 },
 * //  { deadline: { date: '--11-30', … }, index: 0 }]
 */
export function orderDeadlines(deadlines: readonly Deadline[]): IndexedDeadline[] {
	const rank = ({ deadline }: IndexedDeadline) => (isMonthDay(deadline.date) ? 1 : 0);
	return deadlines
		.map((deadline, index) => ({ deadline, index }))
		.sort((a, b) => rank(a) - rank(b) || a.deadline.date.localeCompare(b.deadline.date));
}

/**
 * The main deadline: the earliest full ISO date; a yearly one only when there is no other.
 * @param deadlines The record's `deadlines`.
 * @example mainDeadline([{ date: '--11-30', text: '…' }, { date: '2026-06-30', text: '…' }])
 * // { deadline: { date: '2026-06-30', text: '…' }, index: 1 }
 */
export function mainDeadline(deadlines: readonly Deadline[]): IndexedDeadline | null {
	return orderDeadlines(deadlines)[0] ?? null;
}
