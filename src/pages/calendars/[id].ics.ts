/**
 * /calendars/<id>.ics: one notice's deadlines as an iCalendar file. A notice without deadlines
 * gets none (a calendar must hold at least one event, RFC 5545 §3.4).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n/t.ts';
import { propsKey } from '../../lib/build/cache-key.ts';
import { effectiveFacts } from '../../compare/inherit/effective-facts.ts';
import { loadRecords } from '../../lib/notices/load-records.ts';
import { noticeCalendar } from '../../lib/deadlines/notice-calendar.ts';
import { dataResponse } from '../../lib/exports/open-data.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';

export const getStaticPaths = (async () => {
	const all = await loadRecords();
	return all
		.filter((record) => record.deadlines.length > 0)
		.map((record) => ({
			params: { id: record.id },
			props: { record, all },
			// The file depends on the others only through the 建设周期 carried from a forwarded call.
			cacheKey: propsKey({ record, period: effectiveFacts(record, all).period }),
		}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: NoticeRecord; all: NoticeRecord[] }> = ({ props, site }) => {
	const { record, all } = props;
	const name = t('calendar.noticeName', { place: record.jurisdiction.name, year: record.year });
	return dataResponse(noticeCalendar([record], { name, site, all }), 'text/calendar');
};
