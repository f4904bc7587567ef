import { describe, expect, test } from 'vitest';
import { formatPeriod } from '../../src/format/format-period.ts';

describe('formatPeriod', () => {
	test('returns a span of years', () => {
		expect(formatPeriod({ from: 2026, to: 2027 })).toBe('2026年—2027年');
	});

	test('returns a length in years', () => {
		expect(formatPeriod({ years: 2 })).toBe('2年');
		expect(formatPeriod({ years: 1.5 })).toBe('1.5年');
	});
});
