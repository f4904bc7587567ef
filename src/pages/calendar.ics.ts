/**
 * /calendar.ics: the deadlines of every notice in one iCalendar file (see src/lib/notice-calendar.ts).
 */
import type { APIRoute } from 'astro';
import { t } from '../i18n/t.ts';
import { loadNotices } from '../lib/load-notices.ts';
import { noticeCalendar } from '../lib/notice-calendar.ts';
import { dataResponse } from '../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
	const records = (await loadNotices()).map((entry) => entry.data);
	return dataResponse(noticeCalendar(records, { name: t('calendar.name'), site }), 'text/calendar');
};
