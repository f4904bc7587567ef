import { describe, expect, test } from 'vitest';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';
import { pinyinGlosses } from '../../../src/ingest/normalize/pinyin-glosses.ts';

const apply = (text: string) => pinyinGlosses(createMappedText(text)).text;

describe('pinyinGlosses', () => {
	test('returns characters without the pinyin after them', () => {
		expect(apply('標(biāo)準(zhǔn)化試點(diǎn)')).toEqual('標準化試點');
	});

	test('returns text without a gloss in full-width brackets or with ü', () => {
		expect(apply('綠（lǜ）色')).toEqual('綠色');
	});

	test('returns text without a gloss whose character was lost', () => {
		expect(apply('項目?,F(xiàn)就')).toEqual('項目?,F就');
	});

	test.each([['(一)'], ['(2023年)'], ['(ESG)'], ['(a)'], ['(de)'], ['（试行）']])('returns %s unchanged', (text) => {
		expect(apply(`办法${text}`)).toEqual(`办法${text}`);
	});

	test('returns the kept text with its source offsets', () => {
		expect([...pinyinGlosses(createMappedText('標(biāo)準')).sources]).toEqual([0, 7, 8]);
	});
});
