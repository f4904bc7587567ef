import { describe, expect, test } from 'vitest';
import { countdown, nextOccurrence } from '../../src/lib/deadlines/countdown.ts';

describe('countdown', () => {
	test('returns the days left to a later date', () => {
		expect(countdown('2026-06-30', '2026-05-20')).toEqual({ when: 'upcoming', days: 41, on: '2026-06-30' });
	});

	test('returns today on the deadline itself', () => {
		expect(countdown('2026-05-20', '2026-05-20')).toEqual({ when: 'today', days: 0, on: '2026-05-20' });
	});

	test('returns the days since a date that has passed', () => {
		expect(countdown('2026-05-20', '2026-05-25')).toEqual({ when: 'past', days: 5, on: '2026-05-20' });
	});

	test('counts across a year end and a leap day', () => {
		expect(countdown('2028-03-01', '2028-02-28').days).toBe(2);
		expect(countdown('2027-01-01', '2026-12-31').days).toBe(1);
	});

	test('counts a yearly date to its next occurrence, never past', () => {
		expect(countdown('--11-30', '2026-05-20')).toEqual({ when: 'upcoming', days: 194, on: '2026-11-30' });
		expect(countdown('--11-30', '2026-11-30').when).toBe('today');
		expect(countdown('--11-30', '2026-12-01').on).toBe('2027-11-30');
	});

	test('throws on a date it cannot read', () => {
		expect(() => countdown('2026年6月30日', '2026-05-20')).toThrow(/Cannot count to/);
		expect(() => countdown('2026-06-30', 'today')).toThrow(/Cannot count from/);
	});
});

describe('nextOccurrence', () => {
	test('returns this year’s date when it is still ahead', () => {
		expect(nextOccurrence('--11-15', '2025-05-19')).toBe('2025-11-15');
	});

	test('moves 29 February to the 28th outside leap years', () => {
		expect(nextOccurrence('--02-29', '2027-01-10')).toBe('2027-02-28');
		expect(nextOccurrence('--02-29', '2028-01-10')).toBe('2028-02-29');
	});
});
