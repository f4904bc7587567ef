import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readFragments } from '../../src/integrations/read-fragments.ts';
import { docTableOf } from '../../src/search/build/doc-table-of.ts';

const pagefindFile = (path: string, data: unknown) => ({ path, content: new Uint8Array(gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(data)}`))) });

const fragment = (url: string, content: string, filters: Record<string, string[]> = {}, meta: Record<string, string> = {}) => ({ url, content, word_count: 1, filters, meta, anchors: [] });

describe('readFragments', () => {
	test('returns pages from single and grouped fragments, sorted by url, without word separators', () => {
		const pages = readFragments([
			pagefindFile('fragment/zh-cn_b.pf_fragment', fragment('/notices/b/', '申报\u200B条件')),
			pagefindFile('fragment/zh-cn_group.pf_fragment', { 'zh-cn_a': fragment('/notices/a/', '截止'), 'zh-cn_c': fragment('/notices/c/', '联系人') }),
			pagefindFile('index/zh-cn_x.pf_index', {}),
		]);
		expect(pages.map((page) => [page.id, page.url, page.content])).toEqual([
			['zh-cn_a', '/notices/a/', '截止'],
			['zh-cn_b', '/notices/b/', '申报条件'],
			['zh-cn_c', '/notices/c/', '联系人'],
		]);
	});

	test("gives each page its own fragment file: a single page's bytes as they were, a group member's alone", () => {
		const single = pagefindFile('fragment/zh-cn_b.pf_fragment', fragment('/notices/b/', '申报\u200B条件'));
		const group = { 'zh-cn_a': fragment('/notices/a/', '截止'), 'zh-cn_c': fragment('/notices/c/', '联系人') };
		const [a, b, c] = readFragments([single, pagefindFile('fragment/zh-cn_group.pf_fragment', group)]);
		expect(b?.fragment).toBe(single.content);
		const inflated = (bytes: Uint8Array | undefined) => gunzipSync(bytes ?? new Uint8Array()).toString('utf8');
		expect([inflated(a?.fragment), inflated(c?.fragment)]).toEqual([`pagefind_dcd${JSON.stringify(group['zh-cn_a'])}`, `pagefind_dcd${JSON.stringify(group['zh-cn_c'])}`]);
	});

	test('throws on a file without the Pagefind signature', () => {
		expect(() => readFragments([{ path: 'fragment/x.pf_fragment', content: new Uint8Array(gzipSync(Buffer.from('{}'))) }])).toThrow(/pagefind_dcd/u);
	});
});

describe('docTableOf', () => {
	test('returns the notice count, facet values by index, deadlines and whom they bind', () => {
		const table = docTableOf([
			{ filters: { 地区: ['辽宁省'], 层级: ['省级'], 年度: ['2026'], 领域: ['农业农村', '消费品'], 截止日期: ['2026-05-20'] }, meta: { issued: '2026-04-14', deadlineFor: 'recommender' } },
			{ filters: { 地区: ['全国'], 层级: ['国家级'], 年度: ['2026'], 领域: ['消费品'], 截止日期: ['未载明'] }, meta: {} },
		]);
		expect(table).toEqual({
			count: 2,
			values: { region: ['全国', '辽宁省'], level: ['国家级', '省级'], year: ['2026'], domain: ['农业农村', '消费品'] },
			facets: { region: [[1], [0]], level: [[1], [0]], year: [[0], [0]], domain: [[0, 1], [1]] },
			deadlines: ['2026-05-20', null],
			forRecommenders: [true, false],
		});
	});
});
