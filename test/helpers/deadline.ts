/**
 * One record deadline for tests that build deadlines outside a whole record (comparisons, the
 * main deadline, search facets): what is due defaults to `submit`, who it binds to null.
 */
import type { DeadlineKind, NoticeRecord, Party } from '../../src/schemas/notice.ts';

/**
 * A deadline as the record holds it.
 * @example deadline('2026-06-30', '6月30日前上传') // { date: '2026-06-30', kind: 'submit', text: '6月30日前上传', party: null }
 */
export function deadline(date: string, text: string, kind: DeadlineKind = 'submit', party: Party | null = null): NoticeRecord['deadlines'][number] {
	return { date, kind, text, party };
}
