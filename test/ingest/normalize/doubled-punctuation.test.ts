import { describe, expect, test } from 'vitest';
import { doubledPunctuation } from '../../../src/ingest/normalize/doubled-punctuation.ts';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';

const apply = (text: string) => doubledPunctuation(createMappedText(text)).text;

describe('doubledPunctuation', () => {
	test('returns a section number without the comma before its 、', () => {
		expect(apply('一，、充分认识')).toEqual('一、充分认识');
	});

	test('returns a sentence end without the comma before it', () => {
		expect(apply('充分认识，。组织开展')).toEqual('充分认识。组织开展');
	});

	test('returns a salutation without a comma after its 、 or before its colon', () => {
		expect(apply('各市场监管局、，各有关单位，：')).toEqual('各市场监管局、各有关单位：');
	});

	test('returns single commas and an ASCII comma unchanged', () => {
		expect(apply('甲，乙、丙,、')).toEqual('甲，乙、丙,、');
	});
});
