/**
 * /data/notices.json: every notice record with the record version, sorted by id (open data;
 * each record is valid against /data/notice.schema.json). A route with one path, keyed on the
 * records (onePath), so a rebuild reuses it while they are unchanged.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { onePath } from '../../lib/build/cache-key.ts';
import { loadRecords } from '../../lib/notices/load-records.ts';
import { dataResponse, formatJson, noticesDocument } from '../../lib/exports/open-data.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';

export const getStaticPaths = (async () => onePath('notices', { records: await loadRecords() })) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: NoticeRecord[] }> = ({ props }) =>
	dataResponse(formatJson(noticesDocument(props.records)), 'application/json');
