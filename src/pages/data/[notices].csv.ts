/**
 * /data/notices.csv: one row per notice, the record's fields flattened (UTF-8 with BOM, RFC 4180,
 * formulas neutralised; see src/lib/exports/csv.ts), sorted by id like /data/notices.json. A route
 * with one path, keyed on the records (onePath), so a rebuild reuses it while they are unchanged.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { onePath } from '../../lib/build/cache-key.ts';
import { formatCsv } from '../../lib/exports/csv.ts';
import { loadRecords } from '../../lib/notices/load-records.ts';
import { noticeCsvRows } from '../../lib/exports/notice-csv-rows.ts';
import { dataResponse, noticesDocument } from '../../lib/exports/open-data.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';

export const getStaticPaths = (async () => onePath('notices', { records: await loadRecords() })) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: NoticeRecord[] }> = ({ props }) =>
	dataResponse(formatCsv(noticeCsvRows(noticesDocument(props.records).notices)), 'text/csv');
