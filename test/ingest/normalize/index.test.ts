import { describe, expect, test } from 'vitest';
import * as normalize from '../../../src/ingest/normalize/index.ts';
import {
	normalizeText,
	toLineColumn,
	toSourceOffset,
	toSourceRange,
} from '../../../src/ingest/normalize/index.ts';

const apply = (text: string) => normalizeText(text).text;

/** The source text behind `[start, end)` of the normalized text. */
function sourceOf(source: string, start: number, end: number): string {
	const range = toSourceRange(normalizeText(source), start, end);
	return source.slice(range.start, range.end);
}

describe('normalize', () => {
	test('exposes the public api', () => {
		expect(Object.keys(normalize).sort()).toEqual([
			'normalizeText',
			'toLineColumn',
			'toSourceOffset',
			'toSourceRange',
		]);
	});
});

describe('normalizeText', () => {
	test('returns a numbered line with full-width marks and no PDF spaces', () => {
		expect(apply('(三) 试点 项目:2026 年 4 月 14 日')).toEqual('（三）试点项目：2026年4月14日');
	});

	test('returns a clause with converted punctuation and joined numbers', () => {
		expect(
			apply('(三) 试点项目建设期内, 承担单位应于每年 11 月底前提交年度工作总结; 建设期满后'),
		).toEqual('（三）试点项目建设期内，承担单位应于每年11月底前提交年度工作总结；建设期满后');
	});

	test('returns an attachment line without its list marker', () => {
		expect(apply('- 附件: 1. 关于推荐国家标准化试点项目的函(示例)')).toEqual(
			'附件：1. 关于推荐国家标准化试点项目的函（示例）',
		);
	});

	test('returns a contact line with its fields still apart', () => {
		expect(apply('联系人: 胡宇 024-96315-1-3515 13840110917')).toEqual(
			'联系人：胡宇 024-96315-1-3515 13840110917',
		);
	});

	test('returns a spaced label and address joined', () => {
		expect(apply('地 址: 沈阳市皇姑区崇山中路 55 号')).toEqual('地址：沈阳市皇姑区崇山中路55号');
	});

	test('returns an empty line for a full-width page mark', () => {
		expect(apply('甲\n－ ８ －\n乙')).toEqual('甲\n\n乙');
	});

	test('returns a bold label with a full-width colon', () => {
		expect(apply('**联系人**: 王某')).toEqual('联系人：王某');
	});

	test('returns text joined across a zero-width space', () => {
		expect(apply('试\u200b 点 项目')).toEqual('试点项目');
	});

	test('returns an indented (1) numbering full-width and trimmed', () => {
		expect(apply('  \t(1) 项目名称')).toEqual('（1）项目名称');
	});

	test('returns a full-width percentage joined to the text after it', () => {
		expect(apply('１０％ 以上')).toEqual('10%以上');
	});

	test('returns as many lines as it was given', () => {
		const text = ' - a \n— 8 —\n\t\n**b**\n第3页 共10页\n<http://a.cn>\n';
		expect(apply(text).split('\n').length).toEqual(text.split('\n').length);
	});

	test('returns the same text when applied to its own output', () => {
		const samples = [
			'- (三) 试点 项目:2026 年 4 月 14 日',
			'王某 , 李某,:赵某',
			'- - — 8 —',
			'**- 第3页**',
			'邮 箱: <lnbzchy@163.com>, 请 (1) 联系',
			'  (1)\u3000项目 ESG 评价 80% 以上',
		];
		for (const sample of samples) expect(apply(apply(sample))).toEqual(apply(sample));
	});

	test('returns offsets that map a date back to its spaced source', () => {
		const source = '发布：2026 年 4 月 14 日前';
		const mapped = normalizeText(source);
		const start = mapped.text.indexOf('2026年4月14日');
		const end = start + '2026年4月14日'.length;
		expect([toSourceOffset(mapped, start), toSourceOffset(mapped, end)]).toEqual([3, 18]);
		expect(source.slice(3, 18)).toEqual('2026 年 4 月 14 日');
	});

	test('returns offsets that map back across every rule', () => {
		const source = '\u200b- 联系人: 胡宇\n（<http://a.cn>）\n— 8 —\n  ２０２６ 年 4 月 14 日\n';
		const mapped = normalizeText(source);
		expect(mapped.text).toEqual('联系人：胡宇\n（http://a.cn）\n\n2026年4月14日\n');
		const url = mapped.text.indexOf('http');
		expect(sourceOf(source, url, url + 'http://a.cn'.length)).toEqual('http://a.cn');
		const date = mapped.text.indexOf('2026');
		expect(toLineColumn(source, toSourceOffset(mapped, date))).toEqual({ line: 4, column: 3 });
		expect(sourceOf(source, date, date + '2026年4月14日'.length)).toEqual('２０２６ 年 4 月 14 日');
	});

	test('returns a 2 MB single line normalized and idempotent', () => {
		const unit =
			'试点 项目（2026 年）: ESG 评价, 10:30 <http://a.cn> **粗** (三) 王某 13840110917 ';
		const line = unit.repeat(Math.ceil((2 * 1024 * 1024) / unit.length));
		const once = apply(line);
		expect(once.includes('\n')).toEqual(false);
		expect(apply(once)).toEqual(once);
	});

	test('returns a 5 MB file with its line count and a map of full length', () => {
		const unit = '第 3 页\n— 8 —\n- 附件: 1. 关于(示例)\n\t试点 项目 2026 年 4 月 14 日\n';
		const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
		const mapped = normalizeText(text);
		expect(mapped.text.split('\n').length).toEqual(text.split('\n').length);
		expect(mapped.sources.length).toEqual(mapped.text.length + 1);
		expect(toSourceOffset(mapped, mapped.text.length)).toEqual(text.length);
	});

	test('returns runs that could make a regex backtrack, normalized', () => {
		const size = 1024 * 1024;
		expect(apply(' '.repeat(size) + 'x')).toEqual('x');
		expect(apply('-'.repeat(size))).toEqual('-'.repeat(size));
		expect(apply('('.repeat(size))).toEqual('('.repeat(size));
		expect(apply(`<${'a'.repeat(size)}`)).toEqual(`<${'a'.repeat(size)}`);
		expect(apply(`(${'中'.repeat(size)}(`)).toEqual(`(${'中'.repeat(size)}(`);
	});
});
