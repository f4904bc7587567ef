import { describe, expect, test } from 'vitest';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';
import { zeroWidth } from '../../../src/ingest/normalize/zero-width.ts';

const apply = (text: string) => zeroWidth(createMappedText(text)).text;

describe('zeroWidth', () => {
	test('returns Han text without a zero-width space', () => {
		expect(apply('试\u200b点')).toEqual('试点');
	});

	test('returns text without a U+FEFF in the middle', () => {
		expect(apply('试点\ufeff项目')).toEqual('试点项目');
	});

	test('returns text without soft hyphens, joiners and word joiners', () => {
		expect(apply('a\u00adb\u200cc\u200dd\u2060e')).toEqual('abcde');
	});

	test('returns ordinary, no-break and ideographic spaces unchanged', () => {
		expect(apply('a b\u00a0c\u3000d')).toEqual('a b\u00a0c\u3000d');
	});

	test('returns the following characters with their source offsets', () => {
		expect([...zeroWidth(createMappedText('\u200b试\u200b点')).sources]).toEqual([1, 3, 4]);
	});
});
