/**
 * /calendars/<id>.ics under `astro dev`: one notice's deadlines as an iCalendar file. A notice
 * without deadlines gets none (a calendar must hold at least one event, RFC 5545 §3.4). A build
 * writes these files from packs (src/pages/notice-files/[shard].pack.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarIcs } from '../../lib/exports/notice-files.ts';
import { dataResponse } from '../../lib/exports/open-data.ts';
import { loadRecords } from '../../lib/notices/load-records.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';

export const getStaticPaths = (async () => {
	if (import.meta.env.SITE_BUILD) return [];
	const all = await loadRecords();
	return all.filter((record) => record.deadlines.length > 0).map((record) => ({ params: { id: record.id }, props: { record, all } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: NoticeRecord; all: NoticeRecord[] }> = ({ props, site }) =>
	dataResponse(calendarIcs(props.record, props.all, site), 'text/calendar');
