import { describe, expect, test } from 'vitest';
import { sniffEncoding } from '../../../src/ingest/decode/sniff-encoding.ts';

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

describe('sniffEncoding', () => {
	test('returns utf-8 for a UTF-8 BOM', () => {
		expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
			encoding: 'utf-8',
			bomLength: 3,
			fromBom: true,
		});
	});

	test('returns utf-16le for FF FE', () => {
		expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e]))).toEqual({
			encoding: 'utf-16le',
			bomLength: 2,
			fromBom: true,
		});
	});

	test('returns utf-16be for FE FF', () => {
		expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0x4e, 0x2d]))).toEqual({
			encoding: 'utf-16be',
			bomLength: 2,
			fromBom: true,
		});
	});

	test('returns utf-16le without a BOM when NULs sit at odd indices', () => {
		expect(sniffEncoding(utf16le('2026 年\n'))).toEqual({
			encoding: 'utf-16le',
			bomLength: 0,
			fromBom: false,
		});
	});

	test('returns utf-16be without a BOM when NULs sit at even indices', () => {
		expect(sniffEncoding(utf16be('2026 年\n'))).toEqual({
			encoding: 'utf-16be',
			bomLength: 0,
			fromBom: false,
		});
	});

	test('returns utf-16le and utf-16be without a BOM for mostly Chinese text with line breaks', () => {
		// One LF and four digits in 48 code units per line: 10% ASCII, less than the old one fifth.
		const text = '各有关单位：为贯彻落实国家标准化发展纲要，现就2026年度标准化试点在推动标准实施方面的作用通知。\n'.repeat(3);
		expect(sniffEncoding(utf16le(text))?.encoding).toEqual('utf-16le');
		expect(sniffEncoding(utf16be(text))?.encoding).toEqual('utf-16be');
	});

	test('returns undefined for UTF-16 of Chinese alone, which has no NULs', () => {
		expect(sniffEncoding(utf16le('各有关单位'))).toEqual(undefined);
	});

	test('returns undefined for UTF-8 without a BOM', () => {
		expect(sniffEncoding(new TextEncoder().encode('试点项目'))).toEqual(undefined);
	});

	test('returns undefined for GB18030 bytes', () => {
		expect(sniffEncoding(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toEqual(undefined);
	});

	test('returns undefined for an odd number of bytes with NULs', () => {
		expect(sniffEncoding(new Uint8Array([0x61, 0, 0x62]))).toEqual(undefined);
	});

	test('returns undefined when NULs sit on both sides, as in a PNG header', () => {
		const png = [
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
		];
		expect(sniffEncoding(new Uint8Array(png))).toEqual(undefined);
	});

	test('returns undefined for an empty file', () => {
		expect(sniffEncoding(new Uint8Array([]))).toEqual(undefined);
	});
});
