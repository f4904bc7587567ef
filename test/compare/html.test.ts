import { describe, expect, it } from 'vitest';
import { escapeHtml, h, toHtml } from '../../src/compare/render/html.ts';

describe('toHtml', () => {
	it('escapes text and attribute values, so notice text never becomes markup', () => {
		const html = toHtml(h('p', { title: '"><script>', 'data-x': 1 }, '<img src=x onerror=alert(1)>&'));
		expect(html).toBe('<p title="&quot;&gt;&lt;script&gt;" data-x="1">&lt;img src=x onerror=alert(1)&gt;&amp;</p>');
	});

	it('writes bare boolean attributes, skips false and undefined, and nests children', () => {
		const html = toHtml(h('details', { open: true, hidden: false, id: undefined }, h('summary', {}, '标题'), null, false, ['a', 'b']));
		expect(html).toBe('<details open><summary>标题</summary>ab</details>');
	});

	it('closes no void element', () => {
		expect(toHtml(h('p', {}, '一', h('br'), '二'))).toBe('<p>一<br>二</p>');
		expect(escapeHtml("'")).toBe('&#39;');
	});
});
