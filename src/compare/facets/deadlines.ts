/**
 * The deadlines (截止日期) facet: deadlines matched by what is due (the `kind` ingest wrote) and
 * who must act (`party`, when both clauses say), reported as moves with the days between; a
 * deadline on the same day a year later is a roll-over, not news.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { similarity } from '../similarity.ts';
import type { DeadlineChange } from '../types.ts';
import { dateShift } from './date-shift.ts';
import { deadlineAction, deadlineLabel } from './deadline-labels.ts';
import { inBOrder } from './in-b-order.ts';
import { pairBest, pairWhere } from './pair.ts';

type Deadline = NoticeRecord['deadlines'][number];

const DATES = /(?:(?:19|20)\d{2}年)?(?:每年)?\d{1,2}月(?:\d{1,2}[日号]|底|末|上旬|中旬|下旬)?/gu;

/** Same kind, and the same party unless a clause does not name one. */
function sameDue(x: Deadline, y: Deadline): boolean {
	return x.kind === y.kind && (x.party == null || y.party == null || x.party === y.party);
}

/** Deadlines of one due and kind pair best-first by their clauses, dates set aside; others never. */
function closeness(x: Deadline, y: Deadline): number {
	return sameDue(x, y) ? similarity(x.text.replace(DATES, ''), y.text.replace(DATES, '')) : -1;
}

/** The names a change carries: `kind`, `party`, `action`, `label`, from `b`'s side when paired. */
function names(d: Deadline): Pick<DeadlineChange, 'kind' | 'party' | 'action' | 'label'> {
	const party = d.party ?? null;
	return { kind: d.kind, party, action: deadlineAction(d.kind, party), label: deadlineLabel(d.kind, party) };
}

/**
 * Compare two notices' deadlines.
 * @param a The deadlines of `a`.
 * @param b The deadlines of `b`.
 * @example compareDeadlines([{ date: '2023-08-15', kind: 'submit', text: '8月15日前报送申报材料' }], [{ date: '2023-06-30', kind: 'submit', text: '6月30日前报送申报材料' }])[0]?.days // -46
 */
export function compareDeadlines(a: readonly Deadline[], b: readonly Deadline[]): DeadlineChange[] {
	// Same due and date first, so an unchanged yearly report is not taken by a moved one.
	const pairing = pairWhere(a, b, (x, y) => sameDue(x, y) && x.date === y.date);
	pairBest(a, b, closeness, 0, pairing);
	return inBOrder(a, b, pairing.edges).map(({ kind, x, y }) => {
		if (kind !== 'paired') {
			const deadline = x ?? y;
			const [dx, dy] = kind === 'added' ? [null, deadline] : [deadline, null];
			return { status: kind, a: dx, b: dy, substantive: true, ...names(deadline), days: null, dateOnly: false };
		}
		if (x.date === y.date) return { status: 'kept', a: x, b: y, substantive: false, ...names(y), days: 0, dateOnly: false };
		const { days, dateOnly } = dateShift(x.date, y.date);
		return { status: 'changed', a: x, b: y, substantive: !dateOnly, ...names(y), days, dateOnly };
	});
}
