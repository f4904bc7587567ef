/**
 * Which deadline stands for a notice (lists, matrix, checklist, search, chain) and the order the
 * deadline card lists them in. The one date an applicant must know first is when applications
 * for this call are due: the `submit` deadline (record v3, /work/shared/notice-record.md), never
 * a yearly report or a closing-material date that happens to fall earlier or later. A list is read
 * by companies: the applicant's own date comes first, and a date that binds the recommending
 * bureaus only (Liaoning 2026's 5月20日) is labelled 推荐截止, so no company takes it for its own.
 */
import { t } from '../../i18n/t.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { formatDeadlineDate, isMonthDay } from '../../format/format-date.ts';

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

/** The main deadline, and whether it binds the recommending bureaus only. */
export interface MainDeadline extends IndexedDeadline {
	/** True when the notice sets no submit date of the applicant's own and this one is the bureaus'. */
	forRecommenders: boolean;
}

/**
 * The main deadline: the notice's `submit` deadline. The applicant's own first (a clause naming no
 * party counts as the applicant's, as on the notice page: notice-parties.ts); with several
 * (applicants file with the district by one date, the district forwards by a later one; online
 * then paper), the earliest full date, since it is the first an applicant can miss; a yearly
 * submit date only when there is no full one. Only when no submit date is the applicant's, the
 * recommenders' date in the same order, marked `forRecommenders`. Without a `submit` deadline
 * there is none (pages say 原文中未找到), even when the notice sets report or evaluation dates.
 * @param deadlines The record's `deadlines`.
 * @example mainDeadline([{ date: '2025-05-31', kind: 'evaluate', text: '…' }, { date: '2025-06-15', kind: 'submit', text: '…' }])
 * // { deadline: { date: '2025-06-15', kind: 'submit', text: '…' }, index: 1, forRecommenders: false }
 */
export function mainDeadline(deadlines: readonly Deadline[]): MainDeadline | null {
	const submit = orderDeadlines(deadlines).filter(({ deadline }) => deadline.kind === 'submit');
	const own = submit.find(({ deadline }) => deadline.party !== 'recommender');
	const main = own ?? submit[0];
	return main === undefined ? null : { ...main, forRecommenders: own === undefined };
}

/**
 * The main deadline as a list cell says it: its date, after 推荐截止 when it is the bureaus'.
 * @param main A main deadline.
 * @example formatMainDeadline(mainDeadline(liaoning2026.deadlines)!) // '推荐截止 2026年5月20日'
 */
export function formatMainDeadline(main: MainDeadline): string {
	const date = formatDeadlineDate(main.deadline.date);
	return main.forRecommenders ? t('deadline.forRecommendersOn', { date }) : date;
}

