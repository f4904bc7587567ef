/**
 * Hostile notice text through the writer: script URLs, Markdown and HTML links, entities and
 * things that only look like links all stay text, shown exactly as written; the only links are the
 * notice's own http(s) URLs (the site adds mailto: and tel: for contacts itself).
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../../src/ingest/index.ts';
import { normalizeText } from '../../../src/ingest/normalize/index.ts';
import { treeToMdx } from '../../../src/ingest/serialize/tree-to-mdx.ts';

const HOSTILE: Array<[string, string[]]> = [
	['详见javascript:alert(document.cookie)页面。', []],
	['详见 JavaScript:alert(1) 页面。', []],
	['详见[申报指南](javascript:alert(1))。', []],
	['详见<a href="javascript:alert(1)">申报指南</a>。', []],
	['详见<javascript:alert(1)>。', []],
	['详见![图](data:image/svg+xml;base64,PHN2Zy8+)。', []],
	['详见data:text/html,<script>alert(1)</script>。', []],
	['详见&#106;avascript&#58;alert(1)与&lt;script&gt;。', []],
	['详见[x]: javascript:alert(1)', []],
	['详见vbscript:msgbox(1)和file:///etc/passwd。', []],
	['详见http://example.cn/a?next=javascript:alert(1)网站。', ['http://example.cn/a?next=javascript:alert']],
	['详见https://example.cn/"onmouseover="alert(1)网站。', ['https://example.cn/']],
	['详见https://example.cn/a)](javascript:alert(1))。', ['https://example.cn/a']],
	// An e-mail address becomes a mailto: link where the Markdown reader finds one itself.
	['登录www.example.cn或发邮件至a@example.cn、mailto:b@example.cn。', ['mailto:a@example.cn', 'mailto:b@example.cn']],
	['详见HTTP://EXAMPLE.CN/A页面。', ['HTTP://EXAMPLE.CN/A']],
	['详见{alert(1)}与{/* c */}及<Fact ids="x">伪造</Fact>。', []],
];

const frame = (line: string) =>
	['关于开展2026年度标准化试点项目申报工作的通知', '各有关单位：', line, '请于2026年6月30日前报送。', '某某市市场监督管理局', '2026年4月1日'].join('\n');

function read(mdx: string) {
	const body = mdx.slice(mdx.indexOf('\n---\n') + 5);
	return fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
}

function collect(node: Nodes, out: { text: string; urls: string[]; types: Set<string> }) {
	out.types.add(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? `jsx:${node.name}` : node.type);
	if (node.type === 'text') out.text += node.value;
	if (node.type === 'link') out.urls.push(node.url);
	if ('children' in node) for (const child of node.children) collect(child as Nodes, out);
	return out;
}

describe('treeToMdx', () => {
	test.each(HOSTILE)('keeps %s as text, linking only its http(s) URLs', (line, urls) => {
		const [notice] = parseNoticeFile(Buffer.from(frame(line)), 'hostile.txt');
		const found = collect(read(treeToMdx(notice!)), { text: '', urls: [], types: new Set() });
		// As normalized: `!` and `;` next to Chinese are full-width (README, Deviations).
		expect(found.text).toContain(normalizeText(line).text);
		expect(found.urls).toEqual(urls);
		expect([...found.types].filter((t) => !['root', 'heading', 'paragraph', 'text', 'break', 'link', 'jsx:Part', 'jsx:Fact'].includes(t))).toEqual([]);
	});
});
