import { describe, expect, test } from 'vitest';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';
import { mojibakeIndent } from '../../../src/ingest/normalize/mojibake-indent.ts';

const apply = (text: string) => mojibakeIndent(createMappedText(text)).text;

describe('mojibakeIndent', () => {
	test('returns lines without the question marks that stood for their indentation', () => {
		expect(apply('? ? ? ? 一、申报范围\n？？（一）填补空白')).toEqual('一、申报范围\n（一）填补空白');
	});

	test('returns a lone question mark and marks inside a line unchanged', () => {
		expect(apply('? 问题\n当?shù)卣? ? 甲')).toEqual('? 问题\n当?shù)卣? ? 甲');
	});
});
