/**
 * /calendar.ics: the deadlines of every notice in one iCalendar file (see src/lib/deadlines/notice-calendar.ts).
 */
import type { APIRoute } from 'astro';
import { t } from '../i18n/t.ts';
import { loadNotices } from '../lib/notices/load-notices.ts';
import { noticeCalendar } from '../lib/deadlines/notice-calendar.ts';
import { dataResponse } from '../lib/exports/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
	const records = (await loadNotices()).map((entry) => entry.data);
	return dataResponse(noticeCalendar(records, { name: t('calendar.name'), site }), 'text/calendar');
};
