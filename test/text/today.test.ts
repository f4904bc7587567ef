import { describe, expect, test } from 'vitest';
import { today } from '../../src/text/today.ts';

describe('today', () => {
	test('is the date in China, eight hours ahead of UTC', () => {
		expect(today(new Date('2026-05-20T12:00:00Z'))).toBe('2026-05-20');
		expect(today(new Date('2026-05-20T15:59:59Z'))).toBe('2026-05-20');
		expect(today(new Date('2026-05-20T16:00:00Z'))).toBe('2026-05-21');
	});

	test('at 23:30 UTC is already the next day, across a month and a year', () => {
		expect(today(new Date('2026-05-20T23:30:00Z'))).toBe('2026-05-21');
		expect(today(Date.UTC(2026, 0, 31, 23, 30))).toBe('2026-02-01');
		expect(today(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
	});

	test('reads the clock when none is given', () => {
		expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
	});
});
