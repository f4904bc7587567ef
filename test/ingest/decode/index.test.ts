import { describe, expect, test } from 'vitest';
import { decodeText, MAX_SOURCE_BYTES } from '../../../src/ingest/decode/index.ts';
import { IngestError } from '../../../src/ingest/errors.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) =>
	new Uint8Array(parts.flatMap((part) => [...part]));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

const EMPTY = '空文件：没有可读的内容，请换用通知的完整文本 / empty file: nothing to read; supply the notice text';
const BINARY =
	'不是文本文件（二进制内容）：请把通知另存为纯文本（.txt）再导入 / not a text file (binary content): save the notice as plain text (.txt) first';

/** The reason decodeText refuses `input` with, or `undefined` when it does not. */
function refusal(input: Uint8Array): string | undefined {
	try {
		decodeText(input, 'a.txt');
		return undefined;
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		expect(error.file).toEqual('a.txt');
		return error.reason;
	}
}

describe('decodeText', () => {
	test('returns UTF-8 text as is', () => {
		expect(decodeText(utf8('试点项目 2026'), 'a.txt')).toEqual('试点项目 2026');
	});

	test('returns UTF-8 text without its BOM', () => {
		expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8('试点')), 'a.txt')).toEqual('试点');
	});

	test('returns LF for CRLF after a UTF-8 BOM', () => {
		expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8('一\r\n二\r\n')), 'a.txt')).toEqual(
			'一\n二\n',
		);
	});

	test('returns LF for a lone CR', () => {
		expect(decodeText(utf8('一\r二\r\r三'), 'a.txt')).toEqual('一\n二\n\n三');
	});

	test('returns LF for U+2028 and U+2029', () => {
		expect(decodeText(utf8('一\u2028二\u2029三'), 'a.txt')).toEqual('一\n二\n三');
	});

	test('returns a second U+FEFF as content', () => {
		expect(decodeText(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('a')), 'a.txt')).toEqual(
			'\ufeffa',
		);
	});

	test('returns UTF-16 LE text after its BOM', () => {
		expect(decodeText(bytes([0xff, 0xfe], utf16le('试点\r\n项目')), 'a.txt')).toEqual('试点\n项目');
	});

	test('returns UTF-16 BE text after its BOM', () => {
		expect(decodeText(bytes([0xfe, 0xff], utf16be('试点\r\n项目')), 'a.txt')).toEqual('试点\n项目');
	});

	test('returns UTF-16 LE text without a BOM when it has ASCII', () => {
		expect(decodeText(utf16le('2026 年 notice\r\n'), 'a.txt')).toEqual('2026 年 notice\n');
	});

	test('returns GB18030 text', () => {
		expect(decodeText(bytes([0xd6, 0xd0, 0xce, 0xc4]), 'a.txt')).toEqual('中文');
	});

	test('returns GBK text with ASCII, full-width comma and CRLF', () => {
		const gbk = [
			0xb1, 0xea, 0xd7, 0xbc, 0xbb, 0xaf, 0xa3, 0xac, 0x32, 0x30, 0x0d, 0x0a, 0xca, 0xd4, 0xb5,
			0xe3,
		];
		expect(decodeText(bytes(gbk), 'a.txt')).toEqual('标准化，20\n试点');
	});

	test('refuses an empty file', () => {
		expect(refusal(new Uint8Array(0))).toEqual(EMPTY);
	});

	test('refuses a file of only whitespace', () => {
		expect(refusal(utf8(' \r\n\t\u3000\n'))).toEqual(EMPTY);
	});

	test('refuses a file of only a BOM', () => {
		expect(refusal(bytes([0xef, 0xbb, 0xbf]))).toEqual(EMPTY);
	});

	test('refuses a PNG header as binary', () => {
		const png = [
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
		];
		expect(refusal(bytes(png))).toEqual(BINARY);
	});

	test('refuses UTF-8 text with a NUL byte as binary', () => {
		expect(refusal(bytes(utf8('试点'), [0], utf8('项目')))).toEqual(BINARY);
	});

	test('refuses text that is mostly control characters', () => {
		expect(refusal(bytes([1, 2, 3, 4, 0x61]))).toEqual(BINARY);
	});

	test('refuses NULs in the UTF-16 pattern that do not decode as UTF-16', () => {
		const loneSurrogate = bytes(utf16le('abcdefghijkl'), [0x00, 0xd8]);
		expect(refusal(loneSurrogate)).toEqual(BINARY);
	});

	test('refuses invalid UTF-16 after a BOM as undecodable', () => {
		expect(refusal(bytes([0xff, 0xfe, 0x00, 0xd8]))).toEqual(
			'无法解码（BOM 标明 utf-16le，内容却不是）：请把通知另存为 UTF-8 文本 / undecodable text (invalid utf-16le after its BOM): save the notice as UTF-8 text',
		);
	});

	test('refuses bytes that are neither UTF-8 nor GB18030', () => {
		expect(refusal(bytes([0x61, 0xff, 0x62]))).toEqual(
			'无法解码（不是 UTF-8、UTF-16 或 GB18030）：请把通知另存为 UTF-8 文本 / undecodable text (not UTF-8, UTF-16 or GB18030): save the notice as UTF-8 text',
		);
	});

	test('refuses a file one byte over the limit', () => {
		expect(refusal(new Uint8Array(MAX_SOURCE_BYTES + 1))).toEqual(
			'文件过大（5.1 MB，上限 5 MB）：通知不会这么大，请确认选对了文件 / file too large (5.1 MB, limit 5 MB): no notice is this big; check the file',
		);
	});

	test('refuses a 23.4 MB file with its size rounded up', () => {
		expect(refusal(new Uint8Array(Math.floor(23.35 * 1024 * 1024)))).toEqual(
			'文件过大（23.4 MB，上限 5 MB）：通知不会这么大，请确认选对了文件 / file too large (23.4 MB, limit 5 MB): no notice is this big; check the file',
		);
	});

	test('returns a file of exactly the limit', () => {
		expect(decodeText(new Uint8Array(MAX_SOURCE_BYTES).fill(0x61), 'a.txt').length).toEqual(
			MAX_SOURCE_BYTES,
		);
	});

	test('returns 5 MiB as the limit', () => {
		expect(MAX_SOURCE_BYTES).toEqual(5 * 1024 * 1024);
	});
});
