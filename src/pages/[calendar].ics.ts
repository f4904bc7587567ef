/**
 * /calendar.ics: the deadlines of every notice in one iCalendar file (see src/lib/deadlines/notice-calendar.ts).
 * A route with one path, keyed on the records (onePath), so a rebuild reuses it while they are unchanged.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../i18n/t.ts';
import { onePath } from '../lib/build/cache-key.ts';
import { loadRecords } from '../lib/notices/load-records.ts';
import { noticeCalendar } from '../lib/deadlines/notice-calendar.ts';
import { dataResponse } from '../lib/exports/open-data.ts';
import type { NoticeRecord } from '../schemas/notice.ts';

// The list the other calendars share: what is indexed once per list (the calls each notice
// forwards, behind its carried 建设周期) is computed once for all of them.
export const getStaticPaths = (async () => onePath('calendar', { records: await loadRecords() })) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: NoticeRecord[] }> = ({ props, site }) =>
	dataResponse(noticeCalendar(props.records, { name: t('calendar.name'), site }), 'text/calendar');
