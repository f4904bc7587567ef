/** Who a deadline binds (record `deadlines[].party`), on short texts written for the test. */
import { describe, expect, test } from 'vitest';
import { addresseeParty } from '../../../src/ingest/extract/addressee-party.ts';
import { deadlineParty } from '../../../src/ingest/extract/deadline-party.ts';
import { subjectParty } from '../../../src/ingest/extract/subject-party.ts';
import { parseText } from '../../helpers/parse-text.ts';

const tianjin = { issuers: ['天津市市场监督管理委员会'], jurisdiction: { level: 'provincial' as const, name: '天津市', parent: null } };
const national = { issuers: ['国家标准化管理委员会'], jurisdiction: { level: 'national' as const, name: '全国', parent: null } };

describe('subjectParty', () => {
	test.each([
		['请各区市场监管局', 'recommender'],
		['请省（中）直有关部门和各市、某某示范区市场监管局', 'recommender'],
		['请各地、各有关部门高度重视，并', 'recommender'],
		['承担单位应', 'applicant'],
		['请申报企业', 'applicant'],
		['请有意申报的单位', 'applicant'],
		// A body in a document's title does not act.
		['现将《某某省市场监督管理局关于征集试点项目的通知》转发给你们，', null],
		['为贯彻落实纲要，', null],
		// The issuer as the notice abbreviates it.
		['市市场监管委将', 'issuer'],
		// The last subject before the fact is the one that acts.
		['各区市场监管局组织，承担单位应', 'applicant'],
	])('reads %s', (before, party) => {
		expect(subjectParty(before, tianjin)).toBe(party);
	});

	test('reads a provincial bureau as a recommender in a national call', () => {
		expect(subjectParty('请各省、自治区、直辖市和新疆生产建设兵团市场监管局（厅、委）', national)).toBe('recommender');
		expect(subjectParty('请省级标准化行政主管部门', national)).toBe('recommender');
	});
});

describe('addresseeParty', () => {
	test.each([
		['省（中）直有关部门，各市、某某示范区市场监管局：', 'recommender'],
		['各省、自治区、直辖市和新疆生产建设兵团市场监管局（厅、委），国务院有关部门：', 'recommender'],
		['各标准化工作联席会议成员单位：', 'recommender'],
		['各有关企业、事业单位：', 'applicant'],
		['各区市场监管局，各有关单位：', null],
		['各区市场监管局、各有关单位:', null],
		['各市、县（区）人民政府：', 'recommender'],
		['为贯彻落实：', null],
	])('reads %s', (salutation, party) => {
		expect(addresseeParty(salutation)).toBe(party);
	});
});

describe('deadlineParty', () => {
	test('reads the clause’s own subject first', () => {
		const clause = '请各区市场监管局于6月15日前报送';
		expect(deadlineParty(clause, clause, 'applicant', tianjin)).toBe('recommender');
	});

	test('reads the sentence before a clause without a subject, then the addressees', () => {
		const sentence = '承担单位应于11月底前提交年度工作总结，并于次年1月10日前提交自评报告';
		expect(deadlineParty('并于次年1月10日前提交自评报告', sentence, 'recommender', tianjin)).toBe('applicant');
		const bare = '8月11日前将申报材料报送联席会议办公室';
		expect(deadlineParty(bare, bare, 'recommender', tianjin)).toBe('recommender');
		expect(deadlineParty(bare, bare, null, tianjin)).toBe(null);
	});

	test('binds no one to the issuer’s own date, whomever the notice addresses', () => {
		const sentence = '请申报单位于3月10日前报送科研处，学校将统一报送省市场监管局（省局截止时间为3月20日）';
		const school = { issuers: ['某某大学科研处'], jurisdiction: { level: 'provincial' as const, name: '某某省', parent: null } };
		expect(deadlineParty('省局截止时间为3月20日', sentence, 'applicant', school)).toBe(null);
	});

	test('does not read a subject after the date', () => {
		const clause = '于6月30日前报送市市场监管委，由各区市场监管局汇总';
		expect(deadlineParty(clause, clause, null, tianjin)).toBe(null);
	});
});

describe('remarkNoticeDeadlineParty', () => {
	test('tells the bureaus’ date from the applicant’s in a bureau-addressed notice', () => {
		const record = parseText(
			'一、有关要求\n（一）请各市市场监管局于2026年5月20日前将推荐函报送至省市场监管局。\n（二）承担单位应于每年11月底前提交年度工作总结。\n（三）截止日期：2026年5月10日。\n',
			'某某省市场监督管理局关于开展2026年度标准化试点推荐工作的通知\n各市市场监管局：\n',
		);
		expect(record.deadlines.map((d) => [d.date, d.party])).toEqual([
			['2026-05-20', 'recommender'],
			['--11-30', 'applicant'],
			['2026-05-10', 'recommender'],
		]);
	});

	test('leaves a date without a subject unbound when the salutation addresses both', () => {
		const record = parseText('一、申报截止日期：2026年5月10日。\n', '某某市市场监督管理局关于开展2026年度标准化试点工作的通知\n各区市场监管局，各有关单位：\n');
		expect(record.deadlines.map((d) => [d.date, d.party])).toEqual([['2026-05-10', null]]);
	});
});
