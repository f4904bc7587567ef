import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { pageFactsOf } from '../../../src/ingest/extract/page-facts.ts';

const pageOf = (...lines: string[]): Root => ({ type: 'root', children: [], data: { page: lines.map((text, start) => ({ text, start })) } });

describe('pageFactsOf', () => {
	test('returns the posting date of a 发布时间, 发稿时间 or 生成日期 line', () => {
		expect(pageFactsOf(pageOf('发布时间：2021-04-20')).postedOn).toBe('2021-04-20');
		expect(pageFactsOf(pageOf('发稿时间：2021-12-01浏览次数：441')).postedOn).toBe('2021-12-01');
		expect(pageFactsOf(pageOf('生成日期：2021-03-10公开日期：2021-03-16')).postedOn).toBe('2021-03-10');
		expect(pageFactsOf(pageOf('发布时间：2024年02月02日14:37:59发布部门：某省市场监督管理局收藏')).postedOn).toBe('2024-02-02');
	});

	test('returns no posting date for a page that only counts its readers', () => {
		expect(pageFactsOf(pageOf('浏览次数：319')).postedOn).toBeNull();
	});

	test('returns the issuer of a 发文部门 line without the bureau\'s second name', () => {
		expect(pageFactsOf(pageOf('政策级别：市级', '发文部门：某市市场监督管理局（某市知识产权局）')).issuer).toBe('某市市场监督管理局');
	});

	test('returns the issuer named after 发布部门 on a line with other fields', () => {
		expect(pageFactsOf(pageOf('发布时间：2024年02月02日发布部门：某省市场监督管理局收藏')).issuer).toBe('某省市场监督管理局');
	});

	test('returns the 文号 of a metadata block', () => {
		expect(pageFactsOf(pageOf('文件编号：某市监标〔2021〕37号发布机构：市市场监督管理局')).docNumber).toBe('某市监标〔2021〕37号');
	});

	test('returns nulls for a tree without page lines', () => {
		expect(pageFactsOf({ type: 'root', children: [] })).toEqual({ postedOn: null, issuer: null, docNumber: null });
	});
});
