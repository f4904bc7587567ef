import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, test } from 'vitest';
import { renderBody } from '../../src/lib/notice-body/render-body.ts';

describe('renderBody', () => {
	test('puts headings one level down under the page h2, with the ids MDX gave them', () => {
		expect(renderBody('## 一、申报条件\n\n### （一）基本要求')).toBe(
			'<h3 id="一申报条件">一、申报条件</h3>\n<h4 id="一基本要求">（一）基本要求</h4>',
		);
	});

	test('numbers repeated heading ids and gives ###### an ARIA level 7 heading', () => {
		expect(renderBody('## 附件\n\n## 附件')).toBe('<h3 id="附件">附件</h3>\n<h3 id="附件-1">附件</h3>');
		expect(renderBody('###### 说明')).toBe('<p role="heading" aria-level="7" class="heading-7" id="说明">说明</p>');
	});

	test('marks a fact with one ignored anchor per id inside its paragraph', () => {
		expect(renderBody('各地<Fact ids="quota-0 quota-1" kind="quota">推荐不超过2个</Fact>。')).toBe(
			'<p>各地<mark class="fact" data-kind="quota"><span id="quota-0" class="fact-anchor" data-pagefind-ignore></span>' +
				'<span id="quota-1" class="fact-anchor" data-pagefind-ignore></span>推荐不超过2个</mark>。</p>',
		);
	});

	test('renders a line of facts alone as the facts, without a paragraph (as MDX does)', () => {
		expect(renderBody('<Fact ids="condition-0" kind="condition">甲。</Fact><Fact ids="condition-1" kind="condition">乙。</Fact>')).toBe(
			'<mark class="fact" data-kind="condition"><span id="condition-0" class="fact-anchor" data-pagefind-ignore></span>甲。</mark>\n' +
				'<mark class="fact" data-kind="condition"><span id="condition-1" class="fact-anchor" data-pagefind-ignore></span>乙。</mark>',
		);
	});

	test('lays out a structural part as a classed block', () => {
		expect(renderBody('<Part kind="signature">\n  某市市场监督管理局\n</Part>')).toBe('<div class="part part-signature"><p>某市市场监督管理局</p></div>');
	});

	test('opens links to other sites without handing them this window', () => {
		expect(renderBody('见[http://a.example/](http://a.example/)')).toBe(
			'<p>见<a href="http://a.example/" rel="noopener noreferrer">http://a.example/</a></p>',
		);
		expect(renderBody('[b@a.example](mailto:b@a.example)')).toBe('<p><a href="mailto:b@a.example">b@a.example</a></p>');
	});

	test('prints text that looks like code or markup, as ingest escaped it, as text', () => {
		const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '附件{1}<script>alert(1)</script>' }] }] };
		const body = toMarkdown(tree, { extensions: [mdxToMarkdown()] });
		expect(renderBody(body)).toBe('<p>附件{1}&lt;script>alert(1)&lt;/script></p>');
	});

	test.each([
		['an expression', '甲\n\n乙{1 + 1}', /^第 7 行是代码（mdxTextExpression）/u],
		['an import', 'import x from "y"\n\n甲', /^第 5 行是代码（mdxjsEsm）/u],
		['an unknown component', '甲\n\n<Script>乙</Script>', /^第 7 行有未知组件 <Script>/u],
		['an HTML element', '<div>甲</div>', /^第 5 行有未知组件 <div>/u],
	])('refuses %s, naming the line of the file (the body starting on line 5)', (_what, body, message) => {
		expect(() => renderBody(body, 5)).toThrow(message);
	});
});

describe('renderBody links', () => {
	test('links a bare e-mail address as MDX did, but no scheme other than http(s), mailto and tel', () => {
		expect(renderBody('邮箱：c@example.cn')).toBe('<p>邮箱：<a href="mailto:c@example.cn">c@example.cn</a></p>');
		expect(renderBody('[b@example.cn](xmpp:b@example.cn)')).toBe('<p>b@example.cn</p>');
		expect(renderBody('[甲](javascript:alert(1))')).toBe('<p>甲</p>');
	});
});
