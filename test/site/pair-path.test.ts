import { describe, expect, it } from 'vitest';
import { pairPath } from '../../src/lib/compare/pair-path.ts';
import { pickerPath } from '../../src/format/paths.ts';

describe('pairPath', () => {
	it('links a pre-rendered pair to its page', () => {
		expect(pairPath({ a: 'national-2025', b: 'liaoning-2025', reasons: ['carrier'], prerendered: true })).toBe('/compare/national-2025/liaoning-2025/');
	});

	it('links any other pair to the picker with both notices chosen, in the pair’s order', () => {
		expect(pairPath({ a: 'liaoning-2025', b: 'tianjin-2025', reasons: ['sameYear'], prerendered: false })).toBe('/compare/?a=liaoning-2025&b=tianjin-2025');
	});
});

describe('pickerPath', () => {
	it('chooses one notice, or two, escaping what a query cannot hold', () => {
		expect(pickerPath('liaoning-2025')).toBe('/compare/?a=liaoning-2025');
		expect(pickerPath('a&b', 'c d')).toBe('/compare/?a=a%26b&b=c%20d');
	});
});
