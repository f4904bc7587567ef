import { describe, expect, test } from 'vitest';
import { sniffFormat } from '../../../src/ingest/read/sniff-format.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffFormat', () => {
	test.each([
		['%PDF-1.7\n1 0 obj', 'pdf'],
		['\n\n%PDF-1.4\n', 'pdf'],
		['PK\u0003\u0004\u0014\u0000', 'docx'],
		['<!DOCTYPE html><html><body>通知</body></html>', 'html'],
		['\ufeff  <html lang="zh">', 'html'],
		['<!-- saved --><meta charset="gbk">', 'html'],
		['关于开展标准化试点的通知\n<p>不是网页</p>', 'text'],
		['PK but not a zip', 'text'],
	])('%j is read as %s', (head, format) => {
		expect(sniffFormat(bytes(head))).toBe(format);
	});

	test('an OLE compound file (old Word) is doc, whatever its name', () => {
		expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('doc');
	});

	test('%PDF after the first KiB is not a PDF', () => {
		expect(sniffFormat(bytes(`${'x'.repeat(2000)}%PDF-1.7`))).toBe('text');
	});
});
