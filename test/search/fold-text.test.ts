import { describe, expect, test } from 'vitest';
import { foldText } from '../../src/search/fold-text.ts';

describe('foldText', () => {
	test('returns full-width ASCII as ASCII and upper case as lower case', () => {
		expect(foldText('２０２６ＡＢｃ（一）：')).toBe('2026abc(一):');
	});

	test('returns every 文号 bracket pair as []', () => {
		expect(foldText('〔2026〕［2026］【2026】〖2026〗[2026]〘2026〙')).toBe('[2026]'.repeat(6));
	});

	test('returns the ideographic space as a space and half-width CJK punctuation as full-width', () => {
		expect(foldText('甲\u3000乙｡｢丙｣､')).toBe('甲 乙。「丙」、');
	});

	test('keeps Chinese, full-width Chinese punctuation and look-alikes it does not name', () => {
		const text = '申报条件，截止日期：8月15日。“信用中国”①㈠℃';
		expect(foldText(text)).toBe('申报条件,截止日期:8月15日。“信用中国”①㈠℃');
	});

	test('returns traditional characters as simplified ones, unit for unit', () => {
		expect(foldText('標準化試點項目申報條件')).toBe('标准化试点项目申报条件');
		expect(foldText('關於國標委')).toBe('关於国标委');
	});

	test('keeps characters that are correct simplified Chinese as they are (於 stays: it is also a name)', () => {
		expect(foldText('於')).toBe('於');
	});

	test('returns a string of the same length, unit by unit', () => {
		const text = '𠀋〔２〕Ａ\u3000';
		expect(foldText(text)).toHaveLength(text.length);
		expect(foldText(text).slice(0, 2)).toBe('𠀋');
	});
});
