import { describe, expect, test } from 'vitest';
import { capList } from '../../../src/compare/summary/cap-list.ts';
import { formatMove } from '../../../src/compare/summary/format-move.ts';

describe('formatMove', () => {
	test.each([
		['2026-08-15', '2026-06-30', '由8月15日提前至6月30日'],
		['2025-08-15', '2026-06-30', '由8月15日提前至6月30日'],
		['2023-05-15', '2023-08-11', '由5月15日推迟至8月11日'],
		['2023-08-15', '2026-06-30', '由2023年8月15日改为2026年6月30日'],
		['2025-12-20', '2026-01-10', '由2025年12月20日改为2026年1月10日'],
		['--11-15', '--11-30', '由每年11月15日推迟至每年11月30日'],
		['2025-06-30', '--06-30', '由6月30日改为每年6月30日'],
	])('returns %s → %s as %s', (from, to, words) => {
		expect(formatMove(from, to)).toBe(words);
	});
});

describe('capList', () => {
	test('returns short lists whole, duplicates dropped', () => {
		expect(capList(['示范项目', '示范项目', '总数'])).toBe('示范项目、总数');
	});

	test('returns the first items and a count for long lists', () => {
		expect(capList(['甲', '乙', '丙', '丁'], 2)).toBe('甲、乙等4个');
	});
});
