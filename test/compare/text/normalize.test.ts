import { describe, expect, test } from 'vitest';
import { normalizeUnit } from '../../../src/compare/text/normalize-unit.ts';
import { sectionKey } from '../../../src/compare/text/section-key.ts';
import { numberingLength, stripNumbering } from '../../../src/compare/text/strip-numbering.ts';

describe('stripNumbering', () => {
	test('removes each outline style', () => {
		const headings = ['三、条件', '（十二）条件', '(二)条件', '1. 条件', '12．条件', '3、条件', '（4）条件', '(5)条件', '⑦条件', '第二章条件'];
		expect(headings.map(stripNumbering)).toEqual(Array(headings.length).fill('条件'));
	});

	test('leaves numbers that are not outline numbers', () => {
		expect(['1.5亿元', '2026年度', '附件1', '十分重要'].map(stripNumbering)).toEqual(['1.5亿元', '2026年度', '附件1', '十分重要']);
		expect(numberingLength('条件')).toBe(0);
	});
});

describe('normalizeUnit', () => {
	test('drops the outline number and spacing', () => {
		expect(normalizeUnit('（三） 联系电话： 6035 0927')).toBe('联系电话：60350927');
	});
});

describe('sectionKey', () => {
	test('strips numbers and masks years', () => {
		expect(sectionKey('二、2026年度 申报条件', null)).toBe('#年度申报条件');
	});

	test('keys an attachment label by its title', () => {
		expect(sectionKey('附件 2', '2023年度申报要求')).toBe('附件#年度申报要求');
		expect(sectionKey('附件', null)).toBe('附件');
	});
});
