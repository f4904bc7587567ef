/**
 * CSV as Excel and the RFC expect it, written here because no installed package writes CSV: the
 * build endpoint /matrix.csv and the matrix page's download button both use it, so a filtered
 * download is the same file minus columns. Imports nothing, so it ships to the browser as is.
 */

/** U+FEFF first, so Excel reads the file as UTF-8 instead of the system code page (GBK). */
export const BOM = '\uFEFF';

// Excel, LibreOffice and Sheets run a cell starting with = + - @ (and tab or CR, which some of
// them skip before looking) as a formula: OWASP "CSV Injection".
const FORMULA_START = /^[=+\-@\t\r]/;
// RFC 4180 2.6: a field holding a comma, a double quote or a line break is quoted.
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field: a leading apostrophe on anything a spreadsheet would run as a formula, then
 * quoted with inner quotes doubled when RFC 4180 requires it.
 * @param value The cell's text.
 * @example formatCsvField('a,"b"') // '"a,""b"""'
 * @example formatCsvField('=1+1') // "'=1+1"
 */
export function formatCsvField(value: string): string {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole file: BOM, fields joined by commas, records ended by CRLF (RFC 4180 2.1).
 * @param rows Records, the header first; every record should have the same length.
 * @example formatCsv([['项目', '全国'], ['年度', '2026']]) // '\uFEFF项目,全国\r\n年度,2026\r\n'
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
	return BOM + rows.map((row) => `${row.map(formatCsvField).join(',')}\r\n`).join('');
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
