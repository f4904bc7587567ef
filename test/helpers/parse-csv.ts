/**
 * A strict little RFC 4180 reader for tests, so they check the CSV a spreadsheet would see:
 * quoted fields with doubled quotes and line breaks, CRLF between records, BOM stripped.
 */

/**
 * Parse a CSV file into records; throws on a quote inside an unquoted field.
 * @example parseCsv('\uFEFFa,"b,""c"""\r\n') // [['a', 'b,"c"']]
 */
export function parseCsv(text: string): string[][] {
	const input = text.replace(/^\uFEFF/, '');
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	while (i < input.length) {
		const c = input[i];
		const next = input[i + 1];
		i += 1;
		if (quoted && c === '"' && next === '"') {
			field += '"';
			i += 1;
		} else if (quoted) {
			if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') {
			if (field !== '') throw new Error(`Cannot read a quote inside an unquoted field at ${i}`);
			quoted = true;
		} else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && next === '\n') {
			rows.push([...row, field]);
			row = [];
			field = '';
			i += 1;
		} else {
			field += c;
		}
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}
