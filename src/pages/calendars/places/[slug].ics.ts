/**
 * /calendars/places/<slug>.ics: the deadlines of one place's notices and of the places below it,
 * beside the per-notice (/calendars/<id>.ics) and all-notices (/calendar.ics) files. A place whose
 * notices have no deadline gets none (a calendar must hold an event, RFC 5545 §3.4).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/t.ts';
import { propsKey, recordKey } from '../../../lib/build/cache-key.ts';
import { effectiveFacts } from '../../../compare/inherit/effective-facts.ts';
import { groupByJurisdiction } from '../../../lib/notices/group-notices.ts';
import { loadRecords } from '../../../lib/notices/load-records.ts';
import { noticeCalendar } from '../../../lib/deadlines/notice-calendar.ts';
import { dataResponse } from '../../../lib/exports/open-data.ts';
import { placeNotices } from '../../../lib/places/place-notices.ts';
import type { NoticeRecord } from '../../../schemas/notice.ts';

export const getStaticPaths = (async () => {
	const records = await loadRecords();
	// The file depends on the other notices only through the 建设周期 carried from a forwarded call.
	const periods = new Map(records.map((record) => [record.id, effectiveFacts(record, records).period]));
	return groupByJurisdiction(records)
		.map((group) => {
			const props = { place: group.label, records: placeNotices(group, records), all: records };
			const shown = props.records.map((record) => [recordKey(record), periods.get(record.id)]);
			return { params: { slug: group.slug }, props, cacheKey: propsKey(props.place, shown) };
		})
		.filter(({ props }) => props.records.some((record) => record.deadlines.length > 0));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ place: string; records: NoticeRecord[]; all: NoticeRecord[] }> = ({ props, site }) => {
	const name = t('calendar.placeName', { place: props.place });
	return dataResponse(noticeCalendar(props.records, { name, site, all: props.all }), 'text/calendar');
};
