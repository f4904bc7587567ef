/**
 * CSV as Excel and the RFC expect it, through csv-stringify (its browser build runs in Node too, so
 * the matrix page's download button ships it to the browser): the build endpoint /matrix.csv and
 * the button both use this, so a filtered download is the same file minus columns.
 */
// The browser build: the Node one needs Buffer, which pages do not have (it bundles a small one).
import { stringify } from 'csv-stringify/browser/esm/sync';

/** U+FEFF first, so Excel reads the file as UTF-8 instead of the system code page (GBK). */
export const BOM = '\uFEFF';

// Excel, LibreOffice and Sheets run a cell starting with = + - @ (and tab or CR, which some of
// them skip before looking) as a formula: OWASP "CSV Injection". csv-stringify does not guard this.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A leading apostrophe on a cell a spreadsheet would run as a formula; other text unchanged.
 * @param value The cell's text.
 * @example neutralizeFormula('=1+1') // "'=1+1"
 */
export function neutralizeFormula(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * A whole file: BOM, RFC 4180 quoting (comma, quote, line break), records ended by CRLF.
 * @param rows Records, the header first; every record should have the same length.
 * @example formatCsv([['项目', '全国'], ['年度', '2026']]) // '\uFEFF项目,全国\r\n年度,2026\r\n'
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
	const safe = rows.map((row) => row.map(neutralizeFormula));
	// A lone LF or CR must be quoted too: csv-stringify quotes only the record delimiter (CRLF).
	return BOM + stringify(safe, { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/**
 * The given columns of every row, in the given order: what a filtered view keeps.
 * @param rows A table of strings.
 * @param indexes Column indexes to keep; one a row lacks becomes an empty string.
 * @example selectColumns([['a', 'b', 'c']], [0, 2]) // [['a', 'c']]
 */
export function selectColumns(
	rows: readonly (readonly string[])[],
	indexes: readonly number[],
): string[][] {
	return rows.map((row) => indexes.map((index) => row[index] ?? ''));
}
