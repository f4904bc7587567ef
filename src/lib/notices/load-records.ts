/**
 * Every notice's record, as one list shared by the routes of a build. What is computed once per
 * list of records (the forwarded calls behind each notice's carried 建设周期, chainParents; each
 * place's notices, placeNotices; the places' groups, groupByJurisdiction) is then computed once for
 * all the routes that read it. `astro dev` gets a new list on every call, so an edited notice shows
 * on the next request.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { loadNotices } from './load-notices.ts';

let records: Promise<NoticeRecord[]> | undefined;

const fresh = async () => (await loadNotices()).map((entry) => entry.data);

/** All records, newest first, the same array on every call of a build. */
export function loadRecords(): Promise<NoticeRecord[]> {
	if (!import.meta.env.SITE_BUILD) return fresh();
	records ??= fresh();
	return records;
}
