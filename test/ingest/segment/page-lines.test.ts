import { describe, expect, test } from 'vitest';
import { splitLines } from '../../../src/ingest/segment/classify-line.ts';
import { isSameTitle, separatePage } from '../../../src/ingest/segment/page-lines.ts';

const TITLE = '某市市场监督管理局关于开展2022年度标准化试点申报工作的通知';

function separate(text: string): { page: string[]; notice: string[] } {
	const { page, notice } = separatePage(splitLines(text));
	return { page: page.map((l) => l.text.trim()), notice: notice.map((l) => l.text.trim()) };
}

describe('separatePage', () => {
	test('returns banners, breadcrumbs and a posting line as the page', () => {
		const text = ['站内搜索', '当前位置：首页 > 通知公告', TITLE, '发布时间：2022-03-11 浏览次数：3', '各有关单位：', '为推进标准化工作，现通知如下。'].join('\n');
		expect(separate(text)).toEqual({
			page: ['站内搜索', '当前位置：首页 > 通知公告', '发布时间：2022-03-11 浏览次数：3'],
			notice: [TITLE, '各有关单位：', '为推进标准化工作，现通知如下。'],
		});
	});

	test('returns a mirror headline and a metadata block above the title as the page', () => {
		const text = ['两部门开展2022年度标准化试点工作', '发文部门：某市市场监督管理局', '政策级别：市级', TITLE, '各有关单位：'].join('\n');
		expect(separate(text).notice).toEqual([TITLE, '各有关单位：']);
	});

	test('returns a long line above the last chrome line as the page', () => {
		const promo = '政策推送个性化推送政策信息政策查询海量官方政策原文信息企业查询快速了解企业信息与申报条件和资质';
		expect(separate([promo, '当前位置：首页', TITLE, '各有关单位：'].join('\n')).page).toEqual([promo, '当前位置：首页']);
	});

	test('keeps the first copy of a title given twice in a row, as the page', () => {
		const text = ['某市市场监督管理局|关于开展2022年度标准化试点申报工作的通知', '时间：2022-04-22 10:30 浏览：18', TITLE, '各有关单位：'].join('\n');
		expect(separate(text).notice).toEqual([TITLE, '各有关单位：']);
	});

	test('returns a title repeated below the salutation as the page', () => {
		expect(separate([TITLE, '各有关单位：', TITLE, '为推进标准化工作，现通知如下。'].join('\n')).notice).toEqual([
			TITLE,
			'各有关单位：',
			'为推进标准化工作，现通知如下。',
		]);
	});

	test('keeps prose that opens a notice without a header', () => {
		const text = ['为推进标准化工作，现将有关事项通知如下。', '一、申报条件', '（一）具有独立法人资格。'].join('\n');
		expect(separate(text).page).toEqual([]);
	});
});

describe('isSameTitle', () => {
	const line = (text: string) => splitLines(text)[0]!;
	test('is true for a copy with a bar or spaces in it', () => {
		expect(isSameTitle(line('某市市场监督管理局 | 关于开展试点申报的通知'), line('某市市场监督管理局关于开展试点申报的通知'))).toBe(true);
	});
	test('is false for a title and the shorter name of a document it cites', () => {
		expect(isSameTitle(line('关于开展试点申报的通知'), line('某市市场监督管理局关于转发省局关于开展试点申报的通知的通知'))).toBe(false);
	});
});
