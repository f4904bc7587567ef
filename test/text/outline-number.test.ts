import { describe, expect, test } from 'vitest';
import { numberingOf, splitNumbering } from '../../src/text/outline-number.ts';

describe('numberingOf', () => {
	test('reads each outline style', () => {
		const lines = ['三、条件', '十二．条件', '（十二）条件', '(二)条件', '二）条件', '1. 条件', '12．条件', '3、条件', '（4）条件', '( 5 )条件', '⑦条件'];
		expect(lines.map((line) => numberingOf(line)?.style)).toEqual([
			'han', 'han', 'han-paren', 'han-paren', 'han-paren', 'arabic', 'arabic', 'arabic', 'arabic-paren', 'arabic-paren', 'circled',
		]);
		expect(numberingOf('1. 条件')).toEqual({ style: 'arabic', marker: '1. ' });
	});

	test('leaves numbers that are not outline numbers', () => {
		expect(['1.5亿元', '2026年度', '附件1', '十分重要', '第二章条件', '123. 条件'].map(numberingOf)).toEqual([null, null, null, null, null, null]);
	});

	test('reads a 一） that lost its （ after spaces, and nothing before a marker', () => {
		expect(numberingOf('\u3000 二）条件')).toEqual({ style: 'han-paren', marker: '\u3000 二）' });
		expect(['条件（一）', '“1.条件', '　条件'].map(numberingOf)).toEqual([null, null, null]);
	});
});

describe('splitNumbering', () => {
	test('cuts the number as written from the words', () => {
		expect(splitNumbering(' （三）申报条件')).toEqual({ numbering: '（三）', text: '申报条件' });
		expect(splitNumbering('1. 法人资格')).toEqual({ numbering: '1. ', text: '法人资格' });
		expect(splitNumbering('申报条件')).toEqual({ numbering: null, text: '申报条件' });
	});
});
