import { describe, expect, test } from 'vitest';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';
import { parseAttachmentLine } from '../../../src/ingest/segment/attachment-list.ts';
import { classifyLine, isHeadingLike, splitLines } from '../../../src/ingest/segment/classify-line.ts';
import { segmentText } from '../../../src/ingest/segment/index.ts';
import { joinLines } from '../../../src/ingest/segment/join-lines.ts';

const join = (text: string) => joinLines(createMappedText(text)).text;

describe('classifyLine', () => {
	test.each([
		['天津市市场监督管理委员会文件', 'masthead'],
		['津市场监管标准〔2025〕5号', 'docNumber'],
		['国标委发[2026]23号', 'docNumber'],
		['2026年4月14日', 'date'],
		['二〇二六年四月十四日', 'date'],
		['2021.6.8', 'date'],
		['2026年4月9日印发', 'date'],
		['附件 1', 'attachmentHeading'],
		['附件', 'attachmentHeading'],
		['附件：1.申报书', 'attachmentList'],
		['附件是《申请表》和《汇总表》。', 'attachmentList'],
		['（此件公开发布）', 'closing'],
		['抄送：司法部、民政部。', 'closing'],
		['发布时间：2021-06-08 点击：12', 'chrome'],
		['发文部门：某市市场监督管理局', 'chrome'],
		['文件编号：某市监标〔2021〕37号发布机构：市市场监督管理局', 'chrome'],
		['您好，欢迎访问某市市场监督管理局！', 'chrome'],
		['登录/注册后您将获得：', 'chrome'],
		['主办单位：某区市场监督管理局', 'chrome'],
		['时间：2021-07-09 14:37  浏览：183', 'chrome'],
		['登录www.example.cn下载申报书。', 'text'],
		['联系人：王某', 'field'],
		['一、重点领域', 'numbered'],
		['为贯彻落实《国家标准化发展纲要》，现通知如下：', 'text'],
	])('classifies %s as %s', (line, kind) => {
		expect(classifyLine(line).kind).toBe(kind);
	});
	test.each([
		['一、申报条件', 'han'],
		['（一）项目申请', 'han-paren'],
		['(二) 项目报送', 'han-paren'],
		['1.申报单位', 'arabic'],
		['1．社会管理领域', 'arabic'],
		['2、本单位承诺', 'arabic'],
		['（1）材料', 'arabic-paren'],
		['①材料', 'circled'],
	])('reads the numbering of %s as %s', (line, style) => {
		expect(classifyLine(line).numbering?.style).toBe(style);
	});
	test('does not take a decimal for a number marker', () => {
		expect(classifyLine('1.5倍以上').numbering).toBeNull();
	});
});

describe('isHeadingLike', () => {
	test('is true for a short numbered line without punctuation only', () => {
		const [heading, item] = splitLines('一、重点领域\n（一）依法在本市登记注册，信用良好。');
		expect(isHeadingLike(heading!)).toBe(true);
		expect(isHeadingLike(item!)).toBe(false);
	});
});

describe('joinLines', () => {
	test('joins a sentence broken across lines and blank lines', () => {
		expect(join('试点项目承担单位应具备独立法人资格。已\n\n承担过试点项目的单位，不能申报。')).toBe(
			'试点项目承担单位应具备独立法人资格。已承担过试点项目的单位，不能申报。',
		);
	});
	test('keeps a short line above a blank line apart (form fields, table cells)', () => {
		expect(join('项目名称\n\n项目类型')).toBe('项目名称\n\n项目类型');
	});
	test('joins a word broken inside an open bracket even before a colon', () => {
		expect(join('服务业领域（包括司法行政、卫生健\n康专项）：周钧 27182057')).toBe('服务业领域（包括司法行政、卫生健康专项）：周钧 27182057');
	});
	test('keeps headings, field lines, numbered items and signatures apart', () => {
		const text = '一、重点领域\n请各部门积极组织\n联系人：王某\n地址：某路1号\n附件：1.申报书\n2.汇总表\n某某市市场监督管理局\n2026年4月1日';
		expect(join(text)).toBe(text);
	});
	test('joins an attachment title broken in the list, not the signature under it', () => {
		expect(join('附件：1.国家标准化管理委员会关于征集2025年度国家标\n准化试点项目的通知\n2025年5月19日')).toBe(
			'附件：1.国家标准化管理委员会关于征集2025年度国家标准化试点项目的通知\n2025年5月19日',
		);
	});
	test('keeps the issuer line above a title apart from it', () => {
		expect(join('辽宁省市场监督管理局\n关于组织开展试点工作的通知')).toBe('辽宁省市场监督管理局\n关于组织开展试点工作的通知');
	});
	test('maps every kept character back to its source offset', () => {
		const m = joinLines(createMappedText('甲乙\n丙丁。'));
		expect(m.text).toBe('甲乙丙丁。');
		expect([...m.sources]).toEqual([0, 1, 3, 4, 5, 6]);
	});
});

describe('parseAttachmentLine', () => {
	test('reads a numbered list line', () => {
		expect(parseAttachmentLine('附件：1. 关于推荐的函（示例）', 10, true)).toEqual([{ no: 1, title: '关于推荐的函（示例）', start: 16, end: 26 }]);
	});
	test('reads an unnumbered single attachment', () => {
		expect(parseAttachmentLine('附件：标准化试点示范项目申请书', 0, true).map((a) => [a.no, a.title])).toEqual([[null, '标准化试点示范项目申请书']]);
	});
	test('reads 附件N： as that number', () => {
		expect(parseAttachmentLine('附件2：推荐汇总表', 0, true).map((a) => [a.no, a.title])).toEqual([[2, '推荐汇总表']]);
	});
});

describe('segmentText', () => {
	const text = [
		'某省市场监督管理局',
		'关于转发标准化试点项目征集工作的通知',
		'各市市场监管局：',
		'现将通知转发给你们。',
		'附件：国家标准委关于征集2026年度国家标准化试点项目的通知',
		'某省市场监督管理局',
		'2026年4月14日',
		'国家标准化管理委员会文件',
		'国标委发〔2026〕23号',
		'国家标准委关于征集2026年度国家标准化试点项目的通知',
		'各省、自治区、直辖市市场监管局：',
		'一、请于2026年6月30日前报送。',
	].join('\n');
	test('splits a notice carried whole inside another at its masthead', () => {
		const { trees } = segmentText(createMappedText(text));
		expect(trees).toHaveLength(2);
		const parts = trees.map((t) => t.children.flatMap((n) => (n.type === 'paragraph' && n.data?.part ? [n.data.part] : [])));
		expect(parts).toEqual([
			['masthead', 'title', 'salutation', 'signature'],
			['masthead', 'docNumber', 'title', 'salutation'],
		]);
	});
});
