/**
 * The MDX writer: notice text stays text. The written MDX is read back with the MDX parser: no
 * ESM, no expressions, no JSX but our Fact and Part, and the visible text equals the notice's.
 */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../../src/ingest/index.ts';
import { treeToMdx } from '../../../src/ingest/serialize/tree-to-mdx.ts';

const HOSTILE = [
	'关于{process.exit(1)}开展2026年度标准化试点工作的通知',
	'各有关单位：',
	'import fs from "node:fs"',
	'export const a = 1',
	'一、{1+1}申报<script>alert(1)</script>条件',
	'申报单位数量<10个，详见<http://example.cn/a>和 https://example.cn/b?x=1 网站。',
	'<img src=x onerror=alert(1)>申报截止日期：2026年6月30日。',
	'联系人：王某 010-12345678',
	'某某市市场监督管理局',
	'2026年4月1日',
].join('\n');

function read(mdx: string): Root {
	const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
	return fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
}

function kinds(node: Root | RootContent, out = new Set<string>()): Set<string> {
	out.add(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? `jsx:${node.name}` : node.type);
	if ('children' in node) for (const child of node.children) kinds(child, out);
	return out;
}

describe('treeToMdx', () => {
	const [notice] = parseNoticeFile(Buffer.from(HOSTILE), 'hostile.txt');
	const mdx = treeToMdx(notice!);
	const tree = read(mdx);

	test('writes no ESM, no expression and no element but Fact and Part', () => {
		const found = [...kinds(tree)].filter((k) => /mdxjsEsm|Expression|^jsx:/.test(k));
		expect(found.every((k) => k === 'jsx:Fact' || k === 'jsx:Part')).toBe(true);
		expect(found).not.toContain('mdxjsEsm');
	});

	test('shows every line of the notice, character for character', () => {
		const shown = toString(tree);
		for (const line of HOSTILE.split('\n')) {
			expect(shown.replace(/\s+/g, '')).toContain(line.replace(/\s+/g, '').replace(/<(http[^>]+)>/, '$1'));
		}
	});

	test('links only http(s) URLs, cut at their last ASCII character', () => {
		const links: string[] = [];
		const visit = (n: Root | RootContent) => {
			if (n.type === 'link') links.push(n.url);
			if ('children' in n) n.children.forEach(visit);
		};
		visit(tree);
		expect(links).toEqual(['http://example.cn/a', 'https://example.cn/b?x=1']);
	});

	test('writes the record as one JSON value per frontmatter line', () => {
		const front = mdx.split('---\n')[1]!.trim().split('\n');
		expect(front.map((l) => l.split(':')[0])).toEqual(Object.keys(notice!.record));
		expect(JSON.parse(front[1]!.slice('title: '.length))).toBe(notice!.record.title);
	});

	test('marks the deadline sentence with its anchor id', () => {
		expect(notice!.record.deadlines).toEqual([{ date: '2026-06-30', kind: 'submit', text: '<img src=x onerror=alert(1)>申报截止日期：2026年6月30日。', party: 'applicant' }]);
		expect(mdx).toContain('<Fact ids="deadline-0" kind="deadline">\\<img src=x onerror=alert(1)>申报截止日期：2026年6月30日。</Fact>');
	});
});
