/**
 * The orders lists use, so every page sorts the same way.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { LEVELS } from '../../format/level-label.ts';

// Pinyin order for names, as a Chinese index would list them.
const collator = new Intl.Collator('zh-CN');

/** Compare two names in pinyin order. */
export const compareNames = (a: string, b: string): number => collator.compare(a, b);

/**
 * Newest first by issue date, undated last, then by id so the order never depends on file order.
 * @param a A record.
 * @param b Another record.
 */
export function compareNotices(a: NoticeRecord, b: NoticeRecord): number {
	const dateA = a.issuedOn ?? '';
	const dateB = b.issuedOn ?? '';
	if (dateA !== dateB) return dateA < dateB ? 1 : -1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * National first, then provinces, cities and districts, each in pinyin order.
 * @param a A jurisdiction.
 * @param b Another jurisdiction.
 */
export function compareJurisdictions(
	a: Pick<NoticeRecord['jurisdiction'], 'level' | 'name'>,
	b: Pick<NoticeRecord['jurisdiction'], 'level' | 'name'>,
): number {
	return LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || compareNames(a.name, b.name);
}
