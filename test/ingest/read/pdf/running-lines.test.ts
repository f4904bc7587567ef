import { describe, expect, test } from 'vitest';
import { dropRunningLines, isPageNumber } from '../../../../src/ingest/read/pdf/running-lines.ts';
import type { PdfLine } from '../../../../src/ingest/read/pdf/pdf-lines.ts';

const line = (text: string, y: number): PdfLine => ({ text, y, left: 50, right: 300, size: 14 });
const page = (n: number, body: string) => [line('某市市场监督管理局', 780), line(body, 700), line(`第 ${n} 页 共 3 页`, 30)];

describe('dropRunningLines', () => {
	test('drops a header and a page number repeated at one height on most pages', () => {
		const pages = [page(1, '一、总体要求'), page(2, '二、申报条件'), page(3, '三、工作要求')];
		expect(dropRunningLines(pages).map((lines) => lines.map((l) => l.text))).toEqual([['一、总体要求'], ['二、申报条件'], ['三、工作要求']]);
	});

	test('keeps a line that repeats at another height', () => {
		const pages = [[line('附件', 780), line('一', 700)], [line('二', 780), line('附件', 600), line('三', 500)], [line('四', 700)]];
		expect(dropRunningLines(pages).flat().map((l) => l.text)).toEqual(['附件', '一', '二', '附件', '三', '四']);
	});

	test('keeps the only page whole but its page number', () => {
		expect(dropRunningLines([[line('关于开展试点的通知', 700), line('- 1 -', 30)]]).flat().map((l) => l.text)).toEqual(['关于开展试点的通知']);
	});
});

describe('isPageNumber', () => {
	test.each(['3', '- 3 -', '— 12 —', '3/4', '第3页', '第 3 页 共 4 页'])('%s is a page number', (text) => expect(isPageNumber(text)).toBe(true));
	test.each(['2025年3月1日', '1.申报条件', '三'])('%s is not', (text) => expect(isPageNumber(text)).toBe(false));
});
