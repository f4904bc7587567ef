import { describe, expect, test } from 'vitest';
import { findDates, toIsoDate, lastDayOfMonth, resolveYear } from '../../src/text/dates.ts';

const first = (text: string) => {
	const d = findDates(text)[0];
	return d ? toIsoDate(d) : undefined;
};

describe('findDates', () => {
	test.each([
		['于2026年6月30日前', '2026-06-30'],
		['于 2023 年 8 月 15 日前', '2023-08-15'],
		['二〇二六年四月十四日', '2026-04-14'],
		['2021.6.8', '2021-06-08'],
		['2021-06-08', '2021-06-08'],
		['每年11月15日前', '--11-15'],
		['每年11月底前', '--11-30'],
		['2023年5月上旬', '2023-05-10'],
		['2023年5月中旬', '2023-05-20'],
		['2023年2月下旬', '2023-02-28'],
		['2023年底前', '2023-12-31'],
		['20231025日前', '2023-10-25'],
		['截止时间:2023年10月25日17:00', '2023-10-25'],
	])('reads %s as %s', (text, iso) => {
		expect(first(text)).toBe(iso);
	});
	test('leaves the year open when not written, and reads 月底 as the last day', () => {
		expect(findDates('5月底前')).toEqual([{ start: 0, end: 3, year: null, month: 5, day: 31, yearly: false }]);
	});
	test('finds dates of every shape in text order', () => {
		expect(findDates('20231025日、2023年底和2023.3.1').map((d) => d.start)).toEqual([0, 10, 17]);
	});
	test('finds nothing in a year without a month or in an impossible date', () => {
		expect(findDates('2024年已经期满')).toEqual([]);
		expect(findDates('20231345日')).toEqual([]);
		expect(findDates('2026年2月30日')).toEqual([]);
		expect(findDates('版本1.2.3')).toEqual([]);
	});
});

describe('toIsoDate', () => {
	test('returns null when the year is unknown', () => {
		expect(toIsoDate({ year: null, month: 6, day: 15, yearly: false })).toBeNull();
	});
});

describe('lastDayOfMonth', () => {
	test('knows February in leap years', () => {
		expect(lastDayOfMonth(2024, 2)).toBe(29);
		expect(lastDayOfMonth(2026, 2)).toBe(28);
	});
});

describe('resolveYear', () => {
	test('keeps the reference year for months near or after it', () => {
		expect(resolveYear(6, { year: 2025, month: 5 })).toBe(2025);
		expect(resolveYear(4, { year: 2025, month: 5 })).toBe(2025);
	});
	test('moves to next year for a month well before the reference', () => {
		expect(resolveYear(1, { year: 2025, month: 11 })).toBe(2026);
	});
});
