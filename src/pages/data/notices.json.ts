/**
 * /data/notices.json: every notice record with the record version, sorted by id (open data;
 * each record is valid against /data/notice.schema.json).
 */
import type { APIRoute } from 'astro';
import { loadNotices } from '../../lib/notices/load-notices.ts';
import { dataResponse, formatJson, noticesDocument } from '../../lib/exports/open-data.ts';

export const GET: APIRoute = async () => {
	const records = (await loadNotices()).map((entry) => entry.data);
	return dataResponse(formatJson(noticesDocument(records)), 'application/json');
};
