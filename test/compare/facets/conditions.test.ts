import { describe, expect, test } from 'vitest';
import { compareConditions } from '../../../src/compare/facets/conditions.ts';
import { isCosmetic } from '../../../src/compare/facets/cosmetic.ts';
import { diffWordsZh } from '../../../src/compare/word-diff.ts';

const c = (text: string) => ({ text });

describe('compareConditions', () => {
	test('returns kept for the same text', () => {
		expect(compareConditions([c('信用良好。')], [c('信用良好。')])).toEqual([
			{ status: 'kept', a: c('信用良好。'), b: c('信用良好。'), substantive: false, similarity: 1, redline: null },
		]);
	});

	test('redlines a reworded condition inside the clause', () => {
		const a = c('三年内未发生重大质量、安全、环境保护等事故。');
		const b = c('五年内未发生重大质量、安全、环境保护等事故。');
		const [change] = compareConditions([a], [b]);
		expect(change).toMatchObject({ status: 'changed', substantive: true });
		expect(change?.similarity).toBeGreaterThan(0.8);
		expect(change?.redline?.filter((p) => p.added === true || p.removed === true)).toEqual([
			{ value: '三年', removed: true },
			{ value: '五年', added: true },
		]);
	});

	test('returns a year-only rewording as not substantive', () => {
		const [change] = compareConditions([c('未承担2025年度试点项目。')], [c('未承担2026年度试点项目。')]);
		expect(change).toMatchObject({ status: 'changed', substantive: false });
	});

	test('returns unrelated conditions as added and removed, b first', () => {
		const changes = compareConditions([c('依法在本市登记注册，信用良好。')], [c('具有标准化工作基础和能力。')]);
		expect(changes.map((x) => x.status)).toEqual(['added', 'removed']);
	});

	test('falls back to a whole replacement when the word diff times out', () => {
		// A long clause with every fifth character replaced: similar enough to pair (0.6), and a word
		// diff of some 1,200 edits that does not finish in 1 ms.
		const chars = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 3000)));
		const a = c(chars.join(''));
		const b = c(chars.map((ch, i) => (i % 5 === 0 ? '的' : ch)).join(''));
		const [change] = compareConditions([a], [b], { timeout: 1 });
		expect(change?.status).toBe('changed');
		expect(change?.redline).toEqual([
			{ value: a.text, removed: true },
			{ value: b.text, added: true },
		]);
	});
});

describe('isCosmetic', () => {
	test('returns true for years and punctuation only', () => {
		expect(isCosmetic(diffWordsZh('2025年度试点；', '2026年度试点。').parts)).toBe(true);
	});

	test('returns false for a changed word', () => {
		expect(isCosmetic(diffWordsZh('三年内', '五年内').parts)).toBe(false);
	});
});
