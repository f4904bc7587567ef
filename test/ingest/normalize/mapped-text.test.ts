import { describe, expect, test } from 'vitest';
import {
	createMappedText,
	replaceMapped,
	type MappedText,
} from '../../../src/ingest/normalize/mapped-text.ts';

/** A MappedText as plain data, so toEqual shows text and offsets side by side. */
const plain = (mapped: MappedText) => ({ text: mapped.text, sources: [...mapped.sources] });

describe('createMappedText', () => {
	test('returns the identity map with the source length at the end', () => {
		expect(plain(createMappedText('试点'))).toEqual({ text: '试点', sources: [0, 1, 2] });
	});

	test('returns a map of one entry for empty text', () => {
		expect(plain(createMappedText(''))).toEqual({ text: '', sources: [0] });
	});
});

describe('replaceMapped', () => {
	test('returns deleted characters gone and the rest with their offsets', () => {
		const mapped = replaceMapped(createMappedText('试 点'), / /g, () => '');
		expect(plain(mapped)).toEqual({ text: '试点', sources: [0, 2, 3] });
	});

	test('returns a same-length replacement mapped to the start of what it replaced', () => {
		const mapped = replaceMapped(createMappedText('a(b'), /\(/g, () => '（');
		expect(plain(mapped)).toEqual({ text: 'a（b', sources: [0, 1, 2, 3] });
	});

	test('returns a same-length run of replacements mapped character for character', () => {
		const mapped = replaceMapped(createMappedText('某,:李'), /,:/g, () => '，：');
		expect(plain(mapped)).toEqual({ text: '某，：李', sources: [0, 1, 2, 3, 4] });
	});

	test('returns a longer replacement mapped to the start of what it replaced', () => {
		const mapped = replaceMapped(createMappedText('a%b'), /%/g, () => 'pct');
		expect(plain(mapped)).toEqual({ text: 'apctb', sources: [0, 1, 1, 1, 2, 3] });
	});

	test('returns the shared prefix and suffix of match and replacement with their offsets', () => {
		const mapped = replaceMapped(createMappedText('x年 月y'), /年 月/g, () => '年月');
		expect(plain(mapped)).toEqual({ text: 'x年月y', sources: [0, 1, 3, 4, 5] });
	});

	test('returns kept context of a capture group with its offsets', () => {
		const mapped = replaceMapped(createMappedText('\t- 附'), /^(\t)- /g, (match) => match[1] ?? '');
		expect(plain(mapped)).toEqual({ text: '\t附', sources: [0, 3, 4] });
	});

	test('returns an insertion mapped to the character after it', () => {
		const mapped = replaceMapped(createMappedText('ab'), /ab/g, () => 'aXb');
		expect(plain(mapped)).toEqual({ text: 'aXb', sources: [0, 1, 1, 2] });
	});

	test('returns the same object when nothing matches', () => {
		const original = createMappedText('试点');
		expect(replaceMapped(original, /x/g, () => 'y')).toBe(original);
	});

	test('returns the same object when every replacement equals its match', () => {
		const original = createMappedText('a:b');
		expect(replaceMapped(original, /:/g, (match) => match[0])).toBe(original);
	});

	test('returns offsets into the first source after two replacements', () => {
		const once = replaceMapped(createMappedText('a  b  c'), / /g, () => '');
		const twice = replaceMapped(once, /b/g, () => 'BB');
		expect(plain(twice)).toEqual({ text: 'aBBc', sources: [0, 3, 3, 6, 7] });
	});

	test('returns replacements of astral characters with both code units mapped', () => {
		const mapped = replaceMapped(createMappedText('𠀀 x'), / /g, () => '');
		expect(plain(mapped)).toEqual({ text: '𠀀x', sources: [0, 1, 3, 4] });
	});

	test('throws for a regex without the g flag', () => {
		expect(() => replaceMapped(createMappedText('a'), /a/, () => '')).toThrow(
			'Cannot replaceMapped with `/a/`, expected a g flag',
		);
	});

	test('keeps a shared module-level regex usable', () => {
		const pattern = /a/g;
		replaceMapped(createMappedText('aa'), pattern, () => 'b');
		expect(pattern.lastIndex).toEqual(0);
	});
});
