/**
 * The reviewer's corrections that touch one value of a record, so the page can mark the fact:
 * a correction of the value itself, of a part of it, or of the whole list it belongs to.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';

/** One correction as the record lists it. */
export type CorrectionNote = NonNullable<NoticeRecord['corrections']>[number];

/**
 * Lists the corrections that touch the value at `path`.
 * @param corrections A record's `corrections` (absent when none).
 * @param path A field path: `docNumber`, `deadlines[0]`, `jurisdiction`.
 * @returns The corrections of that value, of a part of it, or of a list or object holding it.
 * @example
 * correctionsAt([{ field: 'deadlines[0].date', reason: '笔误' }], 'deadlines[0]') // [{ field: 'deadlines[0].date', reason: '笔误' }]
 */
export function correctionsAt(corrections: NoticeRecord['corrections'], path: string): CorrectionNote[] {
	const inside = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
	return (corrections ?? []).filter(({ field }) => inside(field, path) || inside(path, field));
}
