import { describe, expect, test } from 'vitest';
import { pagesToText } from '../../../../src/ingest/read/pdf/join-wrapped.ts';
import type { PdfLine } from '../../../../src/ingest/read/pdf/pdf-lines.ts';

// Lines of 14 pt text 18 pt apart; the right margin is at 500.
const line = (text: string, y: number, right = 500, left = 50): PdfLine => ({ text, y, left, right, size: 14 });

describe('pagesToText', () => {
	test('joins a line wrapped at the right margin with the next', () => {
		expect(pagesToText([[line('一、申报单位应当具有', 700), line('独立法人资格。', 682, 150), line('二、时间', 664, 120)]])).toBe('一、申报单位应当具有独立法人资格。\n二、时间\n');
	});

	test('a line a character or two short of the margin (a mark may not start a line) still wraps', () => {
		expect(pagesToText([[line('请于', 700), line('长长的一行', 682, 480), line('截止。', 664, 90)]])).toBe('请于长长的一行截止。\n');
	});

	test('an indented line starts a paragraph even after a full line', () => {
		expect(pagesToText([[line('第一段写满了一整行', 700), line('第二段缩进两字', 682, 300, 78)]])).toBe('第一段写满了一整行\n第二段缩进两字\n');
	});

	test('a wider gap ends a paragraph; a gap of an empty line keeps one', () => {
		const text = pagesToText([[line('甲', 700), line('乙', 682), line('丙', 660), line('丁', 600, 100), line('戊', 582, 100)]]);
		expect(text).toBe('甲乙\n丙\n\n丁\n戊\n');
	});

	test('joins across a page break unless the line ended a sentence', () => {
		expect(pagesToText([[line('跨页的', 100)], [line('句子。', 700, 500)], [line('下一段', 700, 200)]])).toBe('跨页的句子。\n下一段\n');
	});

	test('puts a space back between Latin words split at the margin', () => {
		expect(pagesToText([[line('见 Standard', 700), line('Guide', 682, 100)]])).toBe('见 Standard Guide\n');
	});
});
