import { describe, expect, test } from 'vitest';
import {
	formatDate,
	formatDeadlineDate,
	formatMonthDay,
	isMonthDay,
} from '../../src/format/format-date.ts';

describe('formatDate', () => {
	test('returns year, month and day without leading zeros', () => {
		expect(formatDate('2026-04-14')).toBe('2026年4月14日');
		expect(formatDate('2023-12-01')).toBe('2023年12月1日');
	});

	test('throws on a date that is not ISO', () => {
		expect(() => formatDate('2026-4-14')).toThrow('Cannot format `2026-4-14`');
		expect(() => formatDate('--11-30')).toThrow('expected an ISO date');
	});
});

describe('formatMonthDay', () => {
	test('returns a yearly date', () => {
		expect(formatMonthDay('--11-30')).toBe('每年11月30日');
		expect(formatMonthDay('--05-01')).toBe('每年5月1日');
	});

	test('throws on a full date', () => {
		expect(() => formatMonthDay('2026-11-30')).toThrow('expected a yearly date');
	});
});

describe('formatDeadlineDate', () => {
	test('formats either form', () => {
		expect(formatDeadlineDate('2026-05-20')).toBe('2026年5月20日');
		expect(formatDeadlineDate('--11-15')).toBe('每年11月15日');
	});
});

describe('isMonthDay', () => {
	test('tells yearly dates from full ones', () => {
		expect(isMonthDay('--11-30')).toBe(true);
		expect(isMonthDay('2026-11-30')).toBe(false);
		expect(isMonthDay('--13-01')).toBe(false);
	});
});
