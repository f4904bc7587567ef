/**
 * The construction period (建设周期) facet: one value per notice, so it is kept, changed, added or
 * removed, and null when neither notice states one.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import type { PeriodChange } from '../types.ts';

type Period = NoticeRecord['period'];

/**
 * Compare two notices' construction periods.
 * @param a The period in `a`, or null.
 * @param b The period in `b`, or null.
 * @example comparePeriod({ years: 2 }, { years: 3 })?.status // 'changed'
 */
export function comparePeriod(a: Period, b: Period): PeriodChange | null {
	if (a === null && b === null) return null;
	if (a === null) return { status: 'added', a, b, substantive: true };
	if (b === null) return { status: 'removed', a, b, substantive: true };
	if (JSON.stringify(a) === JSON.stringify(b)) return { status: 'kept', a, b, substantive: false };
	return { status: 'changed', a, b, substantive: !isShifted(a, b) };
}

// 2025—2026 → 2026—2027 is the next round of the same two-year period: a roll-over. A bare
// `{ years }` against a span is not, as it pins the calendar years the other left open.
function isShifted(a: NonNullable<Period>, b: NonNullable<Period>): boolean {
	if (!('from' in a) || !('from' in b)) return false;
	return b.from > a.from && b.to - b.from === a.to - a.from;
}
