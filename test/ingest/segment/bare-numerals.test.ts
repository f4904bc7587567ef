import { describe, expect, test } from 'vitest';
import { classifyLine, splitLines } from '../../../src/ingest/segment/classify-line.ts';

const kinds = (text: string) => splitLines(text).map((l) => [l.kind, l.numbering?.marker ?? null]);

describe('markBareNumerals (through splitLines)', () => {
	test('returns a run of headings that lost their 、 as numbered', () => {
		expect(kinds('一总体要求\n试点要围绕民生。\n二试点单位的基本条件')).toEqual([
			['numbered', '一'],
			['text', null],
			['numbered', '二'],
		]);
	});

	test('returns a lone such line as text: 一 alone may be a word', () => {
		expect(kinds('一总体要求\n试点要围绕民生。')[0]).toEqual(['text', null]);
	});

	test('returns words that start with a numeral as text', () => {
		expect(kinds('一是加强领导\n二是完善制度')).toEqual([
			['text', null],
			['text', null],
		]);
	});

	test('returns lines out of order as text', () => {
		expect(kinds('二总体要求\n一基本条件').map(([kind]) => kind)).toEqual(['text', 'text']);
	});
});

describe('classifyLine with a lost opening bracket', () => {
	test('reads 一）and 一) as han-paren numbering', () => {
		expect(classifyLine('一)具有明确的职能；').numbering).toEqual({ style: 'han-paren', marker: '一)' });
		expect(classifyLine('二）具有标准化基础；').numbering?.style).toBe('han-paren');
	});
});
