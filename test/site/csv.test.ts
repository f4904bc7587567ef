import { describe, expect, test } from 'vitest';
import { BOM, formatCsv, neutralizeFormula, selectColumns } from '../../src/lib/exports/csv.ts';

/** One field as formatCsv writes it. */
const formatCsvField = (value: string) => formatCsv([[value]]).slice(BOM.length, -2);

describe('formatCsv, one field', () => {
	test('returns plain text unquoted, Chinese included', () => {
		expect(formatCsvField('同一领域不超过2个')).toBe('同一领域不超过2个');
		expect(formatCsvField('')).toBe('');
	});

	test('quotes a comma, a quote or a line break, doubling quotes', () => {
		expect(formatCsvField('a,b')).toBe('"a,b"');
		expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
		expect(formatCsvField('一\n二')).toBe('"一\n二"');
		expect(formatCsvField('一\r\n二')).toBe('"一\r\n二"');
	});

	test('leaves full-width commas and quotes alone', () => {
		expect(formatCsvField('沈阳，大连“推荐”')).toBe('沈阳，大连“推荐”');
	});

	test('puts an apostrophe before a cell a spreadsheet would run', () => {
		expect(formatCsvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(formatCsvField('+1')).toBe("'+1");
		expect(formatCsvField('-1')).toBe("'-1");
		expect(formatCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(formatCsvField('\t=1')).toBe("'\t=1");
		expect(formatCsvField('\r=1')).toBe('"\'\r=1"');
	});

	test('neutralizes only a formula at the start', () => {
		expect(neutralizeFormula('-1')).toBe("'-1");
		expect(neutralizeFormula('1-1')).toBe('1-1');
	});

	test('leaves those characters alone inside a cell', () => {
		expect(formatCsvField('a=b')).toBe('a=b');
		expect(formatCsvField('lnbzchy@163.com')).toBe('lnbzchy@163.com');
		expect(formatCsvField('2026年—2027年')).toBe('2026年—2027年');
	});
});

describe('formatCsv', () => {
	test('starts with a BOM and ends every record with CRLF', () => {
		const csv = formatCsv([
			['项目', '全国'],
			['名额', '总数不超8个,同一领域不超2个'],
		]);
		expect(csv).toBe(`${BOM}项目,全国\r\n名额,"总数不超8个,同一领域不超2个"\r\n`);
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(
			new Uint8Array([0xef, 0xbb, 0xbf]),
		);
	});

	test('returns only the BOM for no rows', () => {
		expect(formatCsv([])).toBe(BOM);
	});
});

describe('selectColumns', () => {
	test('keeps the given columns in the given order', () => {
		expect(
			selectColumns(
				[
					['h', 'a', 'b', 'c'],
					['r', '1', '2', '3'],
				],
				[0, 3, 1],
			),
		).toEqual([
			['h', 'c', 'a'],
			['r', '3', '1'],
		]);
	});

	test('fills a missing column with an empty string', () => {
		expect(selectColumns([['a']], [0, 1])).toEqual([['a', '']]);
	});
});
