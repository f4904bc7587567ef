import { describe, expect, test } from 'vitest';
import { isBinaryText } from '../../../src/ingest/decode/is-binary-text.ts';

describe('isBinaryText', () => {
	test('returns false for Chinese text with tabs, CR, LF and form feeds', () => {
		expect(isBinaryText('试点\t项目\r\n第一页\f第二页')).toEqual(false);
	});

	test('returns false for empty text', () => {
		expect(isBinaryText('')).toEqual(false);
	});

	test('returns true for a single NUL', () => {
		expect(isBinaryText(`${'试点项目'.repeat(100)}\0`)).toEqual(true);
	});

	test('returns true for a high share of control characters', () => {
		expect(isBinaryText('\x01\x02\x03abc')).toEqual(true);
	});

	test('returns false for one stray control character in long text', () => {
		expect(isBinaryText(`${'试点项目'.repeat(100)}\x1a`)).toEqual(false);
	});

	test('returns true for a high share of U+FFFD', () => {
		expect(isBinaryText('\ufffd\ufffd试点')).toEqual(true);
	});

	test('returns true for a high share of private-use characters', () => {
		expect(isBinaryText('\ue000\ue001\ue002试点项目')).toEqual(true);
	});

	test('returns true for C1 controls', () => {
		expect(isBinaryText('\x85\x90ab')).toEqual(true);
	});
});
