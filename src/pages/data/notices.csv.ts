/**
 * /data/notices.csv: one row per notice, the record's fields flattened (UTF-8 with BOM, RFC 4180,
 * formulas neutralised; see src/lib/exports/csv.ts), sorted by id like /data/notices.json.
 */
import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/exports/csv.ts';
import { loadNotices } from '../../lib/notices/load-notices.ts';
import { noticeCsvRows } from '../../lib/exports/notice-csv-rows.ts';
import { dataResponse, noticesDocument } from '../../lib/exports/open-data.ts';

export const GET: APIRoute = async () => {
	const { notices } = noticesDocument((await loadNotices()).map((entry) => entry.data));
	return dataResponse(formatCsv(noticeCsvRows(notices)), 'text/csv');
};
