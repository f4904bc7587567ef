import { describe, expect, test } from 'vitest';
import { parseCjkNumber } from '../../src/text/cjk-number.ts';

describe('parseCjkNumber', () => {
	test.each([
		['8', 8],
		['八', 8],
		['两', 2],
		['十', 10],
		['十五', 15],
		['二十三', 23],
		['一百零五', 105],
		['二〇二六', 2026],
		['二零二三', 2023],
		['两千零二十六', 2026],
		['1百', 100],
	])('reads %s as %i', (text, value) => {
		expect(parseCjkNumber(text)).toBe(value);
	});
	test('returns null for what is not a number', () => {
		expect(parseCjkNumber('')).toBeNull();
		expect(parseCjkNumber('八个')).toBeNull();
	});
});
