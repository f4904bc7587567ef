import { describe, expect, test } from 'vitest';
import { fullwidthDigits } from '../../../src/ingest/normalize/fullwidth-digits.ts';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';

const apply = (text: string) => fullwidthDigits(createMappedText(text)).text;

describe('fullwidthDigits', () => {
	test('returns ASCII digits for full-width ones', () => {
		expect(apply('０１２３４５６７８９')).toEqual('0123456789');
	});

	test('returns a year in ASCII inside Chinese text', () => {
		expect(apply('２０２６年度')).toEqual('2026年度');
	});

	test('returns an ASCII point between digits', () => {
		expect(apply('２０２６．５')).toEqual('2026.5');
	});

	test('returns an ASCII percent sign after a digit', () => {
		expect(apply('１０％')).toEqual('10%');
	});

	test('returns an ASCII percent sign after an ASCII digit', () => {
		expect(apply('90％以上')).toEqual('90%以上');
	});

	test('returns an ASCII slash between digits', () => {
		expect(apply('１／１０')).toEqual('1/10');
	});

	test('returns an ASCII colon in a time', () => {
		expect(apply('１０：３０前')).toEqual('10:30前');
	});

	test('returns an ASCII hyphen in a phone number', () => {
		expect(apply('０２３－６７８９')).toEqual('023-6789');
	});

	test('returns the full-width point of list numbering unchanged', () => {
		expect(apply('１．申报')).toEqual('1．申报');
	});

	test('returns a full-width colon after a label unchanged', () => {
		expect(apply('时间：２０２６')).toEqual('时间：2026');
	});

	test('returns a full-width percent sign without a digit unchanged', () => {
		expect(apply('比例％')).toEqual('比例％');
	});

	test('returns a full-width hyphen before a digit only unchanged', () => {
		expect(apply('－５')).toEqual('－5');
	});

	test('returns full-width letters unchanged', () => {
		expect(apply('ＥＳＧ')).toEqual('ＥＳＧ');
	});

	test('returns ASCII numbers unchanged', () => {
		expect(apply('2026.5 10% 1.')).toEqual('2026.5 10% 1.');
	});

	test('returns each converted character at its own source offset', () => {
		expect([...fullwidthDigits(createMappedText('２．５')).sources]).toEqual([0, 1, 2, 3]);
	});
});
