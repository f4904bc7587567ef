/**
 * Which deadline stands for a notice (lists, matrix, checklist, search, chain) and the order the
 * deadline card lists them in. The one date an applicant must know first is when applications
 * for this call are due: the `submit` deadline (record v3, /work/shared/notice-record.md), never
 * a yearly report or a closing-material date that happens to fall earlier or later.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { isMonthDay } from '../../format/format-date.ts';

type Deadline = NoticeRecord['deadlines'][number];

/** A deadline with its position in the record, so a link can point at `deadline-<index>`. */
export interface IndexedDeadline {
	deadline: Deadline;
	index: number;
}

const rank = ({ deadline }: IndexedDeadline): number =>
	(deadline.kind === 'submit' ? 0 : 2) + (isMonthDay(deadline.date) ? 1 : 0);

/**
 * Order deadlines as the card lists them: `submit` deadlines first, then the others; in each
 * group full ISO dates by date, then yearly `--MM-DD` ones by month and day. Equal dates keep
 * record order. So the main deadline (below) is always the first item when there is one.
 * @param deadlines The record's `deadlines`.
 * @example orderDeadlines([{ date: '2025-05-31', kind: 'evaluate', text: '…' }, { date: '2025-06-15', kind: 'submit', text: '…' }])
 * // [{ deadline: { date: '2025-06-15', kind: 'submit', … }, index: 1 },
 * //  { deadline: { date: '2025-05-31', kind: 'evaluate', … }, index: 0 }]
 */
export function orderDeadlines(deadlines: readonly Deadline[]): IndexedDeadline[] {
	return deadlines
		.map((deadline, index) => ({ deadline, index }))
		.sort((a, b) => rank(a) - rank(b) || a.deadline.date.localeCompare(b.deadline.date));
}

/**
 * The main deadline: the notice's `submit` deadline. With several (applicants file with the
 * district by one date, the district forwards by a later one; online then paper), the earliest
 * full date, since it is the first an applicant can miss; a yearly submit date only when there
 * is no full one. Without a `submit` deadline there is none (pages say 原文中未找到), even when
 * the notice sets report or evaluation dates.
 * @param deadlines The record's `deadlines`.
 * @example mainDeadline([{ date: '2025-05-31', kind: 'evaluate', text: '…' }, { date: '2025-06-15', kind: 'submit', text: '…' }])
 * // { deadline: { date: '2025-06-15', kind: 'submit', text: '…' }, index: 1 }
 */
export function mainDeadline(deadlines: readonly Deadline[]): IndexedDeadline | null {
	const first = orderDeadlines(deadlines)[0];
	return first?.deadline.kind === 'submit' ? first : null;
}

