/**
 * /calendar.ics: the deadlines of every notice in one iCalendar file (see src/lib/deadlines/notice-calendar.ts).
 */
import type { APIRoute } from 'astro';
import { t } from '../i18n/t.ts';
import { loadRecords } from '../lib/notices/load-records.ts';
import { noticeCalendar } from '../lib/deadlines/notice-calendar.ts';
import { dataResponse } from '../lib/exports/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
	// The list the other calendars share: what is indexed once per list (the calls each notice
	// forwards, behind its carried 建设周期) is computed once for all of them.
	const records = await loadRecords();
	return dataResponse(noticeCalendar(records, { name: t('calendar.name'), site }), 'text/calendar');
};
