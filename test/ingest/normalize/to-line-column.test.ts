import { describe, expect, test } from 'vitest';
import { toLineColumn } from '../../../src/ingest/normalize/to-line-column.ts';

describe('toLineColumn', () => {
	test('returns line 1 column 1 for offset 0', () => {
		expect(toLineColumn('试点', 0)).toEqual({ line: 1, column: 1 });
	});

	test('returns the column within the first line', () => {
		expect(toLineColumn('试点项目', 2)).toEqual({ line: 1, column: 3 });
	});

	test('returns the line an LF ends for an offset on the LF', () => {
		expect(toLineColumn('一\n二', 1)).toEqual({ line: 1, column: 2 });
	});

	test('returns the next line just after an LF', () => {
		expect(toLineColumn('一\n二三', 3)).toEqual({ line: 2, column: 2 });
	});

	test('returns positions on empty lines', () => {
		expect(toLineColumn('一\n\n\n二', 3)).toEqual({ line: 3, column: 1 });
	});

	test('returns the position after the last character for the text length', () => {
		expect(toLineColumn('一\n二', 3)).toEqual({ line: 2, column: 2 });
	});

	test('counts UTF-16 code units in columns', () => {
		expect(toLineColumn('𠀀a', 3)).toEqual({ line: 1, column: 4 });
	});

	test('throws for an offset outside the text', () => {
		expect(() => toLineColumn('ab', 3)).toThrow(
			'Cannot find line of offset `3`, expected an integer from 0 to 2',
		);
		expect(() => toLineColumn('ab', -1)).toThrow(RangeError);
	});
});
