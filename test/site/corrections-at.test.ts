import { describe, expect, test } from 'vitest';
import { correctionsAt } from '../../src/lib/notices/corrections-at.ts';

const corrections = [
	{ field: 'deadlines[1].date', reason: 'a' },
	{ field: 'quotas', reason: 'b' },
	{ field: 'jurisdiction', reason: 'c' },
];

describe('correctionsAt', () => {
	test.each([
		['deadlines[1]', ['a']],
		['deadlines[1].date', ['a']],
		['deadlines[10]', []],
		['deadlines[0]', []],
		['quotas[0]', ['b']],
		['jurisdiction.name', ['c']],
		['title', []],
	])('returns the corrections touching %s', (path, reasons) => {
		expect(correctionsAt(corrections, path).map((c) => c.reason)).toEqual(reasons);
	});

	test('returns none for a record without corrections', () => {
		expect(correctionsAt(undefined, 'title')).toEqual([]);
	});
});
