import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { htmlToText, type DomNode } from '../../../../src/ingest/read/html/html-to-text.ts';

const textOf = (html: string) => htmlToText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as DomNode);

describe('htmlToText', () => {
	test('one line per block, <br> breaks, white space collapsed', () => {
		expect(textOf('<h1>关于开展试点的通知</h1><p>各有关单位：</p><div>一、<b>总体</b>\n  要求<br>（一）目标</div>')).toBe('关于开展试点的通知\n各有关单位：\n一、总体 要求\n（一）目标\n');
	});

	test('a table row is one `cell：cell cell` line', () => {
		const table = '<table><tr><td>联系人</td><td>张三</td><td>010-12345678</td></tr><tr><td>邮箱：</td><td>a@b.cn</td></tr><tr><td></td></tr></table>';
		expect(textOf(`<p>联系方式：</p>${table}`)).toBe('联系方式：\n联系人：张三 010-12345678\n邮箱：a@b.cn\n');
	});

	test('scripts, styles and empty paragraphs give nothing', () => {
		expect(textOf('<script>document.write("x")</script><style>p{}</style><p> </p><p>\u3000\u3000正文</p>')).toBe('正文\n');
	});
});
