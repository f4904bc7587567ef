import { describe, expect, test } from 'vitest';
import { comparePeriod } from '../../../src/compare/facets/period.ts';

describe('comparePeriod', () => {
	test('returns null when neither notice states a period', () => {
		expect(comparePeriod(null, null)).toBe(null);
	});

	test('returns kept for the same period', () => {
		expect(comparePeriod({ years: 2 }, { years: 2 })).toEqual({
			status: 'kept',
			a: { years: 2 },
			b: { years: 2 },
			substantive: false,
		});
	});

	test('returns a substantive change for another length', () => {
		expect(comparePeriod({ years: 2 }, { years: 3 })).toMatchObject({ status: 'changed', substantive: true });
	});

	test('returns a roll-over for the same span a year later', () => {
		const change = comparePeriod({ from: 2026, to: 2027 }, { from: 2027, to: 2028 });
		expect(change).toMatchObject({ status: 'changed', substantive: false });
	});

	test('returns a substantive change when a length becomes calendar years', () => {
		expect(comparePeriod({ years: 2 }, { from: 2027, to: 2028 })).toMatchObject({ substantive: true });
	});

	test('returns added and removed', () => {
		expect(comparePeriod(null, { years: 2 })).toMatchObject({ status: 'added', a: null, substantive: true });
		expect(comparePeriod({ years: 2 }, null)).toMatchObject({ status: 'removed', b: null, substantive: true });
	});
});
