import { describe, expect, test } from 'vitest';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';
import { pageMarks } from '../../../src/ingest/normalize/page-marks.ts';

const apply = (text: string) => pageMarks(createMappedText(text)).text;

describe('pageMarks', () => {
	test('returns an empty line for an em-dash page mark', () => {
		expect(apply('— 8 —')).toEqual('');
	});

	test('returns an empty line for an ASCII hyphen page mark', () => {
		expect(apply('- 8 -')).toEqual('');
	});

	test('returns an empty line for a full-width hyphen page mark', () => {
		expect(apply('－ 8 －')).toEqual('');
	});

	test('returns an empty line for a page mark without spaces', () => {
		expect(apply('—8—')).toEqual('');
	});

	test('returns an empty line for an indented page mark', () => {
		expect(apply('\t\u3000— 12 —  ')).toEqual('');
	});

	test('returns an empty line for 第 3 页', () => {
		expect(apply('第 3 页')).toEqual('');
	});

	test('returns an empty line for 第3页 共10页', () => {
		expect(apply('第3页 共10页')).toEqual('');
	});

	test('returns an empty line for 共10页 第3页', () => {
		expect(apply('共10页 第3页')).toEqual('');
	});

	test('returns an empty line for 3/10 alone on a line', () => {
		expect(apply('3/10')).toEqual('');
	});

	test('returns an empty line for a page mark in bold or behind a list marker', () => {
		expect(apply('**— 8 —**\n- 第3页')).toEqual('\n');
	});

	test('returns the surrounding lines and both newlines', () => {
		expect(apply('甲\n— 8 —\n乙')).toEqual('甲\n\n乙');
	});

	test('returns a reference to a page inside a sentence unchanged', () => {
		expect(apply('详见第3页')).toEqual('详见第3页');
	});

	test('returns a number with a dash on one side unchanged', () => {
		expect(apply('— 8')).toEqual('— 8');
	});

	test('returns a dash line without a number unchanged', () => {
		expect(apply('————')).toEqual('————');
	});

	test('returns a year range unchanged', () => {
		expect(apply('2027—2028')).toEqual('2027—2028');
	});

	test('returns full-width digits unchanged, as fullwidthDigits runs first', () => {
		expect(apply('－ ８ －')).toEqual('－ ８ －');
	});

	test('returns a long line ending in a page mark unchanged', () => {
		const line = `${'试点项目'.repeat(10)} — 8 —`;
		expect(apply(line)).toEqual(line);
	});

	test('returns the next line at its source offset', () => {
		const mapped = pageMarks(createMappedText('甲\n— 8 —\n乙'));
		expect([...mapped.sources]).toEqual([0, 1, 7, 8, 9]);
	});
});
