/** The submission route (record `submission`) on short texts written for the test. */
import { describe, expect, test } from 'vitest';
import type { Span } from '../../../src/ingest/extract/context.ts';
import { mergeSystems, onlineSystems } from '../../../src/ingest/extract/submission-systems.ts';
import { submissionOf } from '../../../src/ingest/extract/submission.ts';
import { submissionVia } from '../../../src/ingest/extract/submission-via.ts';
import { electronicOf, paperOf } from '../../../src/ingest/extract/submission-paper.ts';
import { parseText } from '../../helpers/parse-text.ts';

const issuer = (name: string, level: 'national' | 'provincial', place: string) => ({
	issuers: [name],
	jurisdiction: { level, name: place, parent: null },
});
const province = issuer('某省市场监督管理局', 'provincial', '某省');
const city = issuer('某市市场监督管理委员会', 'provincial', '某市');
const national = issuer('国家标准化管理委员会', 'national', '全国');
/** Sentences at made-up offsets, 100 apart. */
const spans = (...texts: string[]): Span[] => texts.map((text, i) => ({ text, start: i * 100 }));
const via = (record: typeof province, ...texts: string[]) => submissionVia(record, spans(...texts))?.body ?? null;

describe('onlineSystems', () => {
	test('returns a system uploaded to, with the address in its bracket', () => {
		const sentence = '请于6月30日前将材料上传至某某管理信息系统（https://a.example.cn/login）。';
		expect(onlineSystems(sentence)).toEqual([
			{ name: '某某管理信息系统', url: 'https://a.example.cn/login' },
		]);
	});

	test('reads a quoted name and a bare host', () => {
		const sentence = '申报单位登录“某市政务服务网站”（www.abc.gov.cn），进行网上申报。';
		expect(onlineSystems(sentence)).toEqual([{ name: '某市政务服务网站', url: 'www.abc.gov.cn' }]);
	});

	test('stops the address at full-width punctuation', () => {
		expect(onlineSystems('工作依托申报管理平台（http://x.org.cn/，以下简称平台）开展。')).toEqual([
			{ name: '申报管理平台', url: 'http://x.org.cn/' },
		]);
	});

	test('returns a system without an address', () => {
		const system = { name: '公文交换系统', url: null };
		expect(onlineSystems('电子版通过公文交换系统提交。')).toEqual([system]);
	});

	test('skips a system only used to download or look up', () => {
		expect(onlineSystems('《申报书》可在“某某管理信息系统”（http://a.cn）下载。')).toEqual([]);
		expect(onlineSystems('申报书电子版可在某委网站首页下载。')).toEqual([]);
		expect(onlineSystems('可在“企业信用信息公示系统”查询。')).toEqual([]);
	});

	test('ignores a system named without a word that puts something in it', () => {
		expect(onlineSystems('未列入国家企业信用信息公示系统经营异常名录。')).toEqual([]);
	});
});

describe('mergeSystems', () => {
	test('merges a short name into the long one it ends, keeping the address and the sentence that gives it', () => {
		const [a, b, c] = spans('在管理信息系统提交。', '依托某某项目管理信息系统（http://a.cn）开展。', '通过公文交换系统提交。');
		expect(
			mergeSystems([
				{ name: '管理信息系统', url: null, sentence: a! },
				{ name: '某某项目管理信息系统', url: 'http://a.cn', sentence: b! },
				{ name: '公文交换系统', url: null, sentence: c! },
			]),
		).toEqual([
			{ name: '某某项目管理信息系统', url: 'http://a.cn', sentence: b },
			{ name: '公文交换系统', url: null, sentence: c },
		]);
	});
});

describe('submissionVia', () => {
	test('returns the body an applicant hands materials to', () => {
		const online = '申报单位完成网上申报后，盖章后报行业主管部门或区市场监管局。';
		expect(via(city, online)).toBe('行业主管部门或区市场监管局');
		const paper = '承担单位将申请表报送至对应各市、某某新区市场监管局。';
		expect(via(province, paper)).toBe('各市、某某新区市场监管局');
	});

	test('skips the issuer as its level abbreviates it', () => {
		expect(via(province, '承担单位应按时报送省市场监管局。')).toBe(null);
		expect(via(city, '请承担单位提交总结材料到市市场监管委。')).toBe(null);
		expect(via(national, '承担单位审核后报送国家标准委。')).toBe(null);
	});

	test('does not read 填报 or 申报 as handing over', () => {
		expect(via(province, '申报单位填报某某主管部门制定的申报书。')).toBe(null);
	});

	test('falls back to the addressee asked to recommend', () => {
		const ask = '（二）请省级标准化行政主管部门择优推荐试点项目。';
		expect(via(national, ask)).toBe('省级标准化行政主管部门');
		expect(via(city, '请各成员单位高度重视，推荐试点项目。')).toBe('各成员单位');
	});

	test('returns null when applications go straight to the issuer', () => {
		expect(via(province, '申报单位于5月1日前将材料报送省市场监管局。')).toBe(null);
	});
});

describe('paperOf', () => {
	test('reads paper copies in Chinese or Arabic numerals, with the sentence that counts them', () => {
		expect(paperOf(spans('申请表一式三份。'))).toEqual({ required: true, copies: [3], sentence: { text: '申请表一式三份。', start: 0 } });
		const [first, counted] = spans('邮寄纸质材料。', '纸质材料各两份，另附纸质材料（1份）。');
		expect(paperOf([first!, counted!])).toEqual({ required: true, copies: [2, 1], sentence: counted });
		expect(paperOf([first!])).toEqual({ required: true, copies: [], sentence: first });
	});

	test('says no paper when the notice says it is not needed, nothing when it is silent', () => {
		const [no] = spans('材料上传至系统，不需邮寄纸质材料。');
		expect(paperOf([no!])).toEqual({ required: false, copies: [], sentence: no });
		expect(paperOf(spans('材料上传至系统。'))).toBe(null);
	});
});

describe('electronicOf', () => {
	test('returns the sentence asking for an electronic copy', () => {
		expect(electronicOf(spans('为贯彻落实纲要。', '材料（包括纸质件和电子版）报送。'))).toEqual({ text: '材料（包括纸质件和电子版）报送。', start: 100 });
		expect(electronicOf(spans('材料上传至系统。'))).toBe(null);
	});
});

describe('submissionOf', () => {
	test('returns a mailbox materials are sent to, not a contact mailbox, and a form offered for download says nothing', () => {
		const { submission } = submissionOf(national, spans('材料发送邮箱：a.b@x.cn', '邮箱：c@y.cn', '申报书电子版可在网站下载。'));
		expect(submission.emails).toEqual([{ address: 'a.b@x.cn', text: '材料发送邮箱：a.b@x.cn' }]);
		expect(submission.electronic).toBe(null);
	});

	test('returns each part with its sentence, and where each was found', () => {
		const { submission, found } = submissionOf(city, spans('申报单位登录某某申报平台（www.abc.gov.cn）填报，打印申请表一式两份后报区市场监管局。'));
		const text = '申报单位登录某某申报平台（www.abc.gov.cn）填报，打印申请表一式两份后报区市场监管局。';
		expect(submission).toEqual({
			systems: [{ name: '某某申报平台', url: 'www.abc.gov.cn', text }],
			emails: [],
			paper: { required: true, copies: [2], text },
			electronic: null,
			via: { body: '区市场监管局', text },
		});
		expect(found.map(([kind, index]) => `${kind}-${index}`)).toEqual(['system-0', 'paper-0', 'via-0']);
	});

	test('returns nothing for a text that names no way', () => {
		expect(submissionOf(province, spans('为贯彻落实纲要，现通知如下。')).submission).toEqual({
			systems: [],
			emails: [],
			paper: null,
			electronic: null,
			via: null,
		});
	});
});

describe('remarkNoticeSubmission', () => {
	test('reads a bureau-addressed provincial notice: paper through the lower bureaus, the letter with an electronic copy', () => {
		const record = parseText(
			'一、工作程序\n（一）承担单位填报申请表（一式三份），报送至各市市场监管局。\n（二）各市市场监管局以推荐函形式将材料及电子版报送至省市场监管局。\n',
			'某某省市场监督管理局关于开展2026年度标准化试点推荐工作的通知\n各市市场监管局：\n',
		);
		expect(record.submission).toEqual({
			systems: [],
			emails: [],
			paper: { required: true, copies: [3], text: '承担单位填报申请表（一式三份），报送至各市市场监管局。' },
			electronic: { text: '各市市场监管局以推荐函形式将材料及电子版报送至省市场监管局。' },
			via: { body: '各市市场监管局', text: '承担单位填报申请表（一式三份），报送至各市市场监管局。' },
		});
	});

	test('reads a national call: upload to a system with its address, no paper', () => {
		const record = parseText(
			'一、申报工作依托某某项目管理信息系统（https://x.example.cn/login）开展。\n请省级标准化行政主管部门于2026年6月30日前将推荐的申报材料上传至某某项目管理信息系统，不需邮寄纸质材料。\n',
			'国家标准委关于征集2026年度国家标准化试点项目的通知\n各省、自治区、直辖市市场监管局（厅、委）：\n',
		);
		expect(record.submission.systems).toEqual([
			{ name: '某某项目管理信息系统', url: 'https://x.example.cn/login', text: '申报工作依托某某项目管理信息系统（https://x.example.cn/login）开展。' },
		]);
		expect(record.submission.paper).toEqual({
			required: false,
			copies: [],
			text: '请省级标准化行政主管部门于2026年6月30日前将推荐的申报材料上传至某某项目管理信息系统，不需邮寄纸质材料。',
		});
	});

	test('reads a mailbox materials are sent to', () => {
		const record = parseText('一、申报材料电子版发送至邮箱：shenbao@example.cn。\n');
		expect(record.submission.emails).toEqual([{ address: 'shenbao@example.cn', text: '申报材料电子版发送至邮箱：shenbao@example.cn。' }]);
	});
});
