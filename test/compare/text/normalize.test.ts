import { describe, expect, test } from 'vitest';
import { normalizeUnit } from '../../../src/compare/text/normalize-unit.ts';
import { sectionKey } from '../../../src/compare/text/section-key.ts';

describe('normalizeUnit', () => {
	test('drops spacing', () => {
		expect(normalizeUnit(' 联系电话： 6035 0927')).toBe('联系电话：60350927');
	});
});

describe('sectionKey', () => {
	test('keys a heading by its words, years masked', () => {
		expect(sectionKey('二、2026年度 申报条件', '2026年度 申报条件', null)).toBe('#年度申报条件');
	});

	test('keys an attachment label by its title', () => {
		expect(sectionKey('附件 2', '附件 2', '2023年度申报要求')).toBe('附件#年度申报要求');
		expect(sectionKey('附件', '附件', null)).toBe('附件');
	});
});
