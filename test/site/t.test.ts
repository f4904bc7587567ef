import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t.ts';

describe('t', () => {
	test('returns a string without placeholders', () => {
		expect(t('nav.home')).toBe('首页');
	});

	test('fills placeholders', () => {
		expect(t('card.quotaMax', { max: 2 })).toBe('最多2个');
	});

	test('throws on a missing value', () => {
		expect(() => t('card.quotaMax')).toThrow('Cannot fill `{max}` in `card.quotaMax`');
	});
});
