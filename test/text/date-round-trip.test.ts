/**
 * The one date parser (src/text/dates.ts parseDate: text → record form) and the one formatter
 * (src/format/format-date.ts: record form → text) undo each other, ISO and yearly alike.
 */
import { describe, expect, test } from 'vitest';
import { formatDeadlineDate } from '../../src/format/format-date.ts';
import { dateParts } from '../../src/text/date-patterns.ts';
import { parseDate } from '../../src/text/dates.ts';

describe('parseDate', () => {
	test('reads a whole date into its record form', () => {
		expect(parseDate('2026年5月20日')).toBe('2026-05-20');
		expect(parseDate(' 二〇二六年五月二十日 ')).toBe('2026-05-20');
		expect(parseDate('每年11月15日')).toBe('--11-15');
	});

	test('refuses a text that is more or less than one dated day', () => {
		expect(parseDate('5月20日')).toBeNull();
		expect(parseDate('于2026年5月20日前')).toBeNull();
		expect(parseDate('2026年5月20日至6月1日')).toBeNull();
		expect(parseDate('2026年2月30日')).toBeNull();
	});
});

describe('parseDate and formatDeadlineDate', () => {
	test('undo each other', () => {
		for (const [text, record] of [['2026年5月20日', '2026-05-20'], ['2027年1月1日', '2027-01-01'], ['每年11月15日', '--11-15']]) {
			expect(parseDate(text!)).toBe(record);
			expect(formatDeadlineDate(record!)).toBe(text);
		}
	});
});

describe('dateParts', () => {
	test('reads the record forms and nothing else', () => {
		expect(dateParts('2026-05-20')).toEqual({ year: 2026, month: 5, day: 20 });
		expect(dateParts('--11-15')).toEqual({ year: null, month: 11, day: 15 });
		expect(dateParts('2026-5-20')).toBeNull();
		expect(dateParts('--13-01')).toBeNull();
	});
});
