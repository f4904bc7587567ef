/**
 * /matrix.csv: one row per notice, in the matrix's order (national and provincial first, newest
 * year first), as a CSV file written at build time (UTF-8 with BOM, so Excel opens the Chinese
 * text; see src/lib/exports/csv.ts and src/lib/matrix/matrix-csv-rows.ts).
 */
import type { APIRoute } from 'astro';
import { formatCsv } from '../lib/exports/csv.ts';
import { loadMatrix, loadMatrixNotices } from '../lib/matrix/load-matrix.ts';
import { matrixCsvRows } from '../lib/matrix/matrix-csv-rows.ts';
import { siteUrl } from '../lib/build/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
	const [matrix, notices] = await Promise.all([loadMatrix(), loadMatrixNotices()]);
	const byId = new Map(notices.map(({ record }) => [record.id, record]));
	const records = matrix.columns.flatMap((column) => byId.get(column.id) ?? []);
	return new Response(formatCsv(matrixCsvRows(records, siteUrl(site))), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
