/**
 * CSV as a spreadsheet would read it, for tests: csv-parse in strict RFC 4180 mode (a quote
 * inside an unquoted field throws), BOM stripped.
 */
import { parse } from 'csv-parse/sync';

/**
 * Parse a CSV file into records.
 * @example parseCsv('\uFEFFa,"b,""c"""\r\n') // [['a', 'b,"c"']]
 */
export function parseCsv(text: string): string[][] {
	return parse(text, { bom: true, relax_quotes: false, record_delimiter: '\r\n' }) as string[][];
}
