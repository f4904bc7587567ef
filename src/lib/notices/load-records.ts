/**
 * Every notice's record, as one list shared by the routes of a build. What is computed once per
 * list of records (the forwarded calls behind each notice's carried 建设周期, chainParents) is then
 * computed once for all the calendars, not once per route.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { loadNotices } from './load-notices.ts';

let records: Promise<NoticeRecord[]> | undefined;

/** All records, newest first, the same array on every call of a build. */
export function loadRecords(): Promise<NoticeRecord[]> {
	records ??= loadNotices().then((entries) => entries.map((entry) => entry.data));
	return records;
}
