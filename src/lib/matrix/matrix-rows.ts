/**
 * The notice matrix as a table of strings: the CSV's rows, written at build time to /matrix.csv
 * and shipped to the page, where the filter cuts the hidden columns out before download.
 */
import { t } from '../../i18n/t.ts';
import type { MatrixCell, NoticeMatrix } from './notice-matrix.ts';

/**
 * A cell as one string: lines joined by line breaks (a spreadsheet shows them in the cell),
 * ✓ and the notice's wording or — for a domain, 未载明 for a facet the notice leaves out.
 * @param cell A matrix cell.
 * @example cellText({ lines: ['农业农村领域'], present: true }) // '✓ 农业农村领域'
 */
export function cellText(cell: MatrixCell): string {
	if (cell.present === false) return t('matrix.absent');
	if (cell.present === true) return `${t('matrix.present')} ${cell.lines.join('、')}`;
	return cell.lines.length === 0 ? t('card.empty') : cell.lines.join('\n');
}

/**
 * The matrix's rows: a header naming each notice by its heading, then one row per facet and
 * per domain (`领域：农业农村`).
 * @param matrix The notice matrix.
 */
export function matrixToRows(matrix: NoticeMatrix): string[][] {
	const header = [t('matrix.facet'), ...matrix.columns.map((column) => column.heading)];
	const facets = matrix.facets.map((row) => [row.label, ...row.cells.map(cellText)]);
	const domains = matrix.domains.map((row) => [
		t('matrix.domainRow', { name: row.label }),
		...row.cells.map(cellText),
	]);
	return [header, ...facets, ...domains];
}
