/**
 * The deadlines (截止日期) facet: deadlines matched by what is due, reported as moves with the
 * days between; a deadline on the same day a year later is a roll-over, not news.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { similarity } from '../similarity.ts';
import type { DeadlineChange } from '../types.ts';
import { dateShift } from './date-shift.ts';
import { deadlineAction } from './deadline-action.ts';
import { inBOrder } from './in-b-order.ts';
import { pairBest, pairWhere } from './pair.ts';

type Deadline = NoticeRecord['deadlines'][number];
type Due = { deadline: Deadline; action: string };

/**
 * The lowest similarity, dates removed, at which two deadline clauses whose actions differ still
 * set the same deadline (the clause was reworded past what deadlineAction reads). Deadline clauses
 * are short and share 请…于…前…报送至…, so this sits higher than the conditions' threshold.
 */
export const DEADLINE_THRESHOLD = 0.5;

const DATES = /(?:(?:19|20)\d{2}年)?(?:每年)?\d{1,2}月(?:\d{1,2}[日号]|底|末|上旬|中旬|下旬)?/gu;

/**
 * Compare two notices' deadlines.
 * @param a The deadlines of `a`.
 * @param b The deadlines of `b`.
 * @example compareDeadlines([{ date: '2023-08-15', text: '8月15日前报送申报材料' }], [{ date: '2023-06-30', text: '6月30日前报送申报材料' }])[0]?.days // -46
 */
export function compareDeadlines(a: readonly Deadline[], b: readonly Deadline[]): DeadlineChange[] {
	const withAction = (deadline: Deadline): Due => ({ deadline, action: deadlineAction(deadline.text) });
	const da = a.map(withAction);
	const db = b.map(withAction);
	const sameAction = (x: Due, y: Due) => x.action === y.action;
	// Same action and date first, so an unchanged yearly report is not taken by a moved one.
	const pairing = pairWhere(da, db, (x, y) => sameAction(x, y) && x.deadline.date === y.deadline.date);
	pairWhere(da, db, sameAction, pairing);
	const bare = ({ deadline }: Due) => deadline.text.replace(DATES, '');
	pairBest(da, db, (x, y) => similarity(bare(x), bare(y)), DEADLINE_THRESHOLD, pairing);
	return inBOrder(da, db, pairing.edges).map(({ kind, x, y }) => {
		if (kind !== 'paired') {
			const { deadline, action } = x ?? y;
			const [dx, dy] = kind === 'added' ? [null, deadline] : [deadline, null];
			return { status: kind, a: dx, b: dy, substantive: true, action, days: null, dateOnly: false };
		}
		const [dx, dy, action] = [x.deadline, y.deadline, y.action];
		if (dx.date === dy.date) {
			return { status: 'kept', a: dx, b: dy, substantive: false, action, days: 0, dateOnly: false };
		}
		const { days, dateOnly } = dateShift(dx.date, dy.date);
		return { status: 'changed', a: dx, b: dy, substantive: !dateOnly, action, days, dateOnly };
	});
}
