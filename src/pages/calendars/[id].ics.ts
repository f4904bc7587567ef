/**
 * /calendars/<id>.ics: one notice's deadlines as an iCalendar file. A notice without deadlines
 * gets none (a calendar must hold at least one event, RFC 5545 §3.4).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n/t.ts';
import { propsKey } from '../../lib/cache-key.ts';
import { loadNotices } from '../../lib/load-notices.ts';
import { noticeCalendar } from '../../lib/notice-calendar.ts';
import { dataResponse } from '../../lib/open-data.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';

export const getStaticPaths = (async () => {
	const entries = await loadNotices();
	return entries
		.filter(({ data }) => data.deadlines.length > 0)
		.map(({ data }) => ({ params: { id: data.id }, props: { record: data }, cacheKey: propsKey({ record: data }) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: NoticeRecord }> = ({ props, site }) => {
	const { record } = props;
	const name = t('calendar.noticeName', { place: record.jurisdiction.name, year: record.year });
	return dataResponse(noticeCalendar([record], { name, site }), 'text/calendar');
};
