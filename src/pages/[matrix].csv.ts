/**
 * /matrix.csv: one row per notice, in the matrix's order (national and provincial first, newest
 * year first), as a CSV file written at build time (UTF-8 with BOM, so Excel opens the Chinese
 * text; see src/lib/exports/csv.ts and src/lib/matrix/matrix-csv-rows.ts). A route with one path,
 * keyed on its rows' records in order (onePath), so a rebuild reuses it while they are unchanged.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { onePath } from '../lib/build/cache-key.ts';
import { formatCsv } from '../lib/exports/csv.ts';
import { loadMatrixNotices } from '../lib/matrix/load-matrix.ts';
import { matrixColumns } from '../lib/matrix/notice-matrix.ts';
import { matrixCsvRows } from '../lib/matrix/matrix-csv-rows.ts';
import { siteUrl } from '../lib/build/site-url.ts';
import type { NoticeRecord } from '../schemas/notice.ts';

export const getStaticPaths = (async () => {
	const notices = await loadMatrixNotices();
	const byId = new Map(notices.map(({ record }) => [record.id, record]));
	// The matrix's order of columns only: the CSV has no use for its facet and domain rows.
	return onePath('matrix', { records: matrixColumns(notices).flatMap((column) => byId.get(column.id) ?? []) });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: NoticeRecord[] }> = ({ props, site }) =>
	new Response(formatCsv(matrixCsvRows(props.records, siteUrl(site))), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
