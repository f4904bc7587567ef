import { describe, expect, test } from 'vitest';
import { formatSubmissionRoute } from '../../src/lib/applicant/format-submission-route.ts';
import { submissionRoute, toSentences } from '../../src/lib/applicant/submission-route.ts';
import { mergeSystems, onlineSystems } from '../../src/lib/applicant/submission-systems.ts';
import { submissionVia } from '../../src/lib/applicant/submission-via.ts';
import { readNotice } from './read-notice.ts';

const issuer = (name: string, level: 'national' | 'provincial', place: string) => ({
	issuers: [name],
	jurisdiction: { level, name: place, parent: null },
});
const province = issuer('某省市场监督管理局', 'provincial', '某省');
const city = issuer('某市市场监督管理委员会', 'provincial', '某市');
const national = issuer('国家标准化管理委员会', 'national', '全国');

describe('toSentences', () => {
	test('splits after 。；！？ and at line breaks', () => {
		expect(toSentences(['一。二；三', '四\n五！'])).toEqual(['一。', '二；', '三', '四', '五！']);
	});
});

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
	test('merges a short name into the long one it ends, keeping the address', () => {
		expect(
			mergeSystems([
				{ name: '管理信息系统', url: null },
				{ name: '某某项目管理信息系统', url: 'http://a.cn' },
				{ name: '公文交换系统', url: null },
			]),
		).toEqual([
			{ name: '某某项目管理信息系统', url: 'http://a.cn' },
			{ name: '公文交换系统', url: null },
		]);
	});
});

describe('submissionVia', () => {
	test('returns the body an applicant hands materials to', () => {
		const online = '申报单位完成网上申报后，盖章后报行业主管部门或区市场监管局。';
		expect(submissionVia(city, [online])).toBe('行业主管部门或区市场监管局');
		const paper = '承担单位将申请表报送至对应各市、某某新区市场监管局。';
		expect(submissionVia(province, [paper])).toBe('各市、某某新区市场监管局');
	});

	test('skips the issuer as its level abbreviates it', () => {
		expect(submissionVia(province, ['承担单位应按时报送省市场监管局。'])).toBe(null);
		expect(submissionVia(city, ['请承担单位提交总结材料到市市场监管委。'])).toBe(null);
		expect(submissionVia(national, ['承担单位审核后报送国家标准委。'])).toBe(null);
	});

	test('does not read 填报 or 申报 as handing over', () => {
		expect(submissionVia(province, ['申报单位填报某某主管部门制定的申报书。'])).toBe(null);
	});

	test('falls back to the addressee asked to recommend', () => {
		const ask = '（二）请省级标准化行政主管部门择优推荐试点项目。';
		expect(submissionVia(national, [ask])).toBe('省级标准化行政主管部门');
		expect(submissionVia(city, ['请各成员单位高度重视，推荐试点项目。'])).toBe('各成员单位');
	});

	test('returns null when applications go straight to the issuer', () => {
		expect(submissionVia(province, ['申报单位于5月1日前将材料报送省市场监管局。'])).toBe(null);
	});
});

describe('submissionRoute', () => {
	test('reads paper copies in Chinese or Arabic numerals', () => {
		const three = submissionRoute(province, ['申请表一式三份。']).paper;
		expect(three).toEqual({ required: true, copies: [3] });
		expect(submissionRoute(province, ['纸质材料（1份）寄送。', '纸质材料各两份。']).paper).toEqual({
			required: true,
			copies: [1, 2],
		});
		const some = submissionRoute(province, ['邮寄纸质材料。']).paper;
		expect(some).toEqual({ required: true, copies: [] });
	});

	test('says no paper when the notice says it is not needed', () => {
		expect(submissionRoute(national, ['材料上传至系统，不需邮寄纸质材料。']).paper).toEqual({
			required: false,
			copies: [],
		});
		expect(submissionRoute(national, ['材料上传至系统。']).paper).toBe(null);
	});

	test('returns a mailbox materials are sent to, not a contact mailbox', () => {
		const route = submissionRoute(national, ['材料发送邮箱：a.b@x.cn', '邮箱：c@y.cn']);
		expect(route.emails).toEqual(['a.b@x.cn']);
	});

	test('asks for an electronic copy unless it is only a download', () => {
		const both = '材料（包括纸质件和电子版）报送。';
		expect(submissionRoute(province, [both]).electronic).toBe(true);
		expect(submissionRoute(province, ['申报书电子版可在网站下载。']).electronic).toBe(false);
	});

	test('returns nothing for a text that names no way', () => {
		expect(submissionRoute(province, ['为贯彻落实纲要，现通知如下。'])).toEqual({
			systems: [],
			emails: [],
			paper: null,
			electronic: false,
			via: null,
		});
	});
});

describe('formatSubmissionRoute', () => {
	test('returns one line per way, in order', () => {
		expect(
			formatSubmissionRoute({
				systems: [
					{ name: '某系统', url: 'https://x.cn/' },
					{ name: '公文交换系统', url: null },
				],
				emails: ['a@x.cn', 'b@y.cn'],
				paper: { required: true, copies: [2] },
				electronic: true,
				via: '区市场监管局',
			}),
		).toEqual([
			'线上：某系统（https://x.cn/）',
			'线上：公文交换系统',
			'邮箱：a@x.cn、b@y.cn',
			'纸质材料一式2份',
			'另附电子版',
			'逐级推荐：经区市场监管局',
		]);
	});

	test('writes paper without copies, a range of copies and no paper', () => {
		const route = { systems: [], emails: [], electronic: false, via: null };
		const paper = (value: { required: boolean; copies: number[] }) =>
			formatSubmissionRoute({ ...route, paper: value });
		expect(paper({ required: true, copies: [] })).toEqual(['纸质材料']);
		expect(paper({ required: true, copies: [2, 1] })).toEqual(['纸质材料（1—2份不等）']);
		expect(paper({ required: false, copies: [] })).toEqual(['不需纸质材料']);
		expect(formatSubmissionRoute({ ...route, paper: null })).toEqual([]);
	});
});

describe('submissionRoute on the notices in content/notices', () => {
	const route = (id: string) => {
		const { record, paragraphs } = readNotice(`content/notices/${id}.mdx`);
		return formatSubmissionRoute(submissionRoute(record, paragraphs));
	};

	test('reads an upload-only national call', () => {
		expect(route('national-2026-pilot-call')).toEqual([
			'线上：国家标准化试点项目管理信息系统（http://sfq.sacinfo.org.cn/login）',
			'不需纸质材料',
			'逐级推荐：经省级标准化行政主管部门',
		]);
	});

	test('reads mailboxes, discs and paper in a call with several programmes', () => {
		expect(route('national-2023-pilot-demonstration')).toEqual([
			'线上：公文交换系统',
			'线上：试点项目管理信息系统（http://smpls.cnis.ac.cn）',
			'邮箱：wangshm@cnis.ac.cn、sujr@cesi.cn',
			'纸质材料（1—2份不等）',
			'另附电子版',
			'逐级推荐：经省级市场监管部门',
		]);
	});

	test('reads paper through the lower bureaus, the system only offering the form', () => {
		expect(route('liaoning-2026-pilot-recommendation')).toEqual([
			'纸质材料一式3份',
			'另附电子版',
			'逐级推荐：经省（中）直有关部门或各市、沈抚示范区市场监管局',
		]);
	});

	test('reads an online portal given by its host, then paper to the district bureau', () => {
		expect(route('shanghai-2023-municipal-pilot-call')).toEqual([
			'线上：上海一网通办官方网站（zwdtuser.sh.gov.cn）',
			'纸质材料一式3份',
			'逐级推荐：经行业主管部门或区市场监管局',
		]);
	});

	test('reads the system and its abbreviation as one', () => {
		expect(route('tianjin-2025-municipal-pilot-recommendation')).toEqual([
			'线上：试点申报系统',
			'线上：国家标准化试点项目管理信息系统（https://sfq.sacinfo.org.cn/）',
			'纸质材料一式2份',
			'另附电子版',
			'逐级推荐：经区市场监管局',
		]);
	});

	test('reads member units asked to recommend when no applicant hands anything over', () => {
		expect(route('chongqing-yubei-2023-municipal-pilot-demonstration')).toEqual([
			'纸质材料一式1份',
			'另附电子版',
			'逐级推荐：经各成员单位',
		]);
	});
});
