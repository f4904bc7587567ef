/** The shapes a deadline takes in real notices, each on a short text written for the test. */
import { describe, expect, test } from 'vitest';
import { dueDates } from '../../../src/ingest/extract/due-date.ts';
import { referenceOf } from '../../../src/ingest/extract/reference-date.ts';
import { findDates, toIsoDate } from '../../../src/text/dates.ts';
import { parseText } from '../../helpers/parse-text.ts';

/** The due dates of a sentence, with the year 2023 where none is written. */
const due = (text: string) => dueDates(text, findDates(text)).map((d) => toIsoDate({ ...d, year: d.year ?? 2023 }));

describe('dueDates', () => {
	test.each([
		['请于5月16日(周三)前报送材料', ['2023-05-16']],
		['请于5月19日（星期五）前报送材料', ['2023-05-19']],
		['材料请于10月25日（含）前提交', ['2023-10-25']],
		['截止时间:2023年10月25日17:00', ['2023-10-25']],
		['请于2023年10月25日17:00前提交', ['2023-10-25']],
		['最迟不晚于2023年9月1日报送', ['2023-09-01']],
		['申报时间为2月16日-3月16日', ['2023-03-16']],
		['受理时间：2月16日至3月16日', ['2023-03-16']],
		['自即日起至11月10日接受申报', ['2023-11-10']],
		['请于20231025日前报送', ['2023-10-25']],
		['请于10月25日下午5时前报送', ['2023-10-25']],
		['请于10月25日下班前报送', ['2023-10-25']],
		['申报截止日为2023年10月25日', ['2023-10-25']],
		['于10月20日-10月25日期间报送材料', ['2023-10-25']],
		['请于2023年5月1日前申报，项目在2023年6月1日至2024年6月1日之间完成', ['2023-05-01']],
	])('finds the due date in %s', (text, dates) => {
		expect(due(text)).toEqual(dates);
	});
	test.each([
		['项目实施期限为2023年1月1日至2024年12月31日'],
		['申报的标准应为2023年1月1日至2023年12月31日期间发布的标准'],
		['2024年底已经期满的项目不再报送'],
		['该项目已于3月1日前完成验收'],
		['按《关于5月10日前完成报送的通知》执行'],
		['5月10日前后召开评审会'],
		['于2023年3月1日印发'],
	])('finds no due date in %s', (text) => {
		expect(due(text)).toEqual([]);
	});
});

describe('referenceOf', () => {
	test('takes the issue date when known', () => {
		expect(referenceOf('2025-05-19', 2025, [])).toEqual({ year: 2025, month: 5 });
	});
	test('takes the latest year written with a month when undated, not a cited old one', () => {
		const r = parseText('省局于2022年3月修订了办法，2015年5月印发的规定同时废止。请于9月15日前报送申报材料。', '关于征集2023年度示范项目的通知\n各有关单位：\n');
		expect(r.deadlines.map((d) => d.date)).toEqual(['2022-09-15']);
	});
});

describe('referenceOf, with a cited 文号', () => {
	test('does not take the year of a 文号 the undated text cites', () => {
		const r = parseText('根据《某局关于印发某细则的通知》（某发〔2022〕8号），请于9月15日前报送申报材料。', '关于征集2023年度示范项目的通知\n各有关单位：\n');
		expect(r.deadlines.map((d) => d.date)).toEqual(['2023-09-15']);
	});
});

describe('remarkNoticeDeadlines', () => {
	test('skips a date inside a condition', () => {
		const r = parseText('一、申报条件\n项目应实施6个月以上（截止日期为2023年6月30日）。\n二、申报要求\n请于2023年7月15日前报送申报材料。');
		expect(r.deadlines).toEqual([{ date: '2023-07-15', kind: 'submit', text: '请于2023年7月15日前报送申报材料。', party: 'applicant' }]);
	});
	test('keeps a forwarding body deadline and the forwarded call deadline, each with its clause', () => {
		const r = parseText('请各市局于2026年5月20日前将推荐函报送省局，省局汇总后于2026年6月30日前上传国家系统。');
		expect(r.deadlines.map((d) => [d.date, d.kind, d.text])).toEqual([
			['2026-05-20', 'submit', '请各市局于2026年5月20日前将推荐函报送省局'],
			['2026-06-30', 'submit', '省局汇总后于2026年6月30日前上传国家系统'],
		]);
	});
	test('keeps two actions due on one day as two deadlines', () => {
		const r = parseText('请各区局于6月15日前完成申报推荐工作；请承担单位于6月15日前完成自评报告。\n某某省市场监督管理局\n2025年5月19日');
		expect(r.deadlines.map((d) => [d.date, d.kind])).toEqual([
			['2025-06-15', 'submit'],
			['2025-06-15', 'evaluate'],
		]);
	});
	test('classifies a closing time for receiving material as submit', () => {
		expect(parseText('材料受理时间：2023年11月15日前。').deadlines.map((d) => d.kind)).toEqual(['submit']);
	});
});

describe('remarkNoticeDeadlines under a conditions heading', () => {
	test('skips a date ending a span of time even without a heading', () => {
		expect(parseText('申报项目应已实施6个月以上（截止日期为2023年6月30日）。').deadlines).toEqual([]);
	});
	test('keeps a closing deadline that only sits under the conditions heading', () => {
		expect(parseText('一、申报条件\n具有法人资格。\n申报截止日期：2023年6月30日。').deadlines.map((d) => d.date)).toEqual(['2023-06-30']);
	});
});

describe('remarkNoticeDeadlines under a heading of conditions and procedure', () => {
	test('keeps a deadline under 申报条件和要求, and one that hands something in', () => {
		expect(parseText('一、申报条件和要求\n申报单位须于2023年5月1日前完成网上填报。').deadlines.map((d) => d.date)).toEqual(['2023-05-01']);
		expect(parseText('一、申报条件\n申报单位须于2023年5月1日前报送申报材料。').deadlines.map((d) => d.date)).toEqual(['2023-05-01']);
	});
	test('skips a requirement dated under a heading of conditions alone', () => {
		expect(parseText('一、申报条件\n申报单位成立时间须在2022年12月31日前。').deadlines).toEqual([]);
	});
});
