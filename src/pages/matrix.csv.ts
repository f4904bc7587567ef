/**
 * /matrix.csv: the notice matrix as a CSV file, written at build time (UTF-8 with BOM, so Excel
 * opens the Chinese text; see src/lib/csv.ts).
 */
import type { APIRoute } from 'astro';
import { formatCsv } from '../lib/csv.ts';
import { loadMatrix } from '../lib/load-matrix.ts';
import { matrixToRows } from '../lib/matrix-rows.ts';

export const GET: APIRoute = async () =>
	new Response(formatCsv(matrixToRows(await loadMatrix())), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
