/** The shapes attachment lists and references take on real pages, on short texts written for the test. */
import { describe, expect, test } from 'vitest';
import { attachmentRefs } from '../../../src/ingest/extract/attachment-refs.ts';
import { parseAttachmentLine } from '../../../src/ingest/segment/attachment-list.ts';
import { parseText } from '../../helpers/parse-text.ts';

const titles = (text: string) => attachmentRefs(text, 0).map((a) => [a.no, a.title]);

describe('attachmentRefs', () => {
	test.each([
		['请填写《某某申请表》（附件1）。', [[1, '某某申请表']]],
		['依据《某某管理办法》（以下简称《办法》，附件2）执行。', [[2, '某某管理办法']]],
		['须提供《某某证明材料》（以下简称《证明》）（附件3）。', [[3, '某某证明材料']]],
		['现将《某局关于印发〈某指南〉的通知》（某发〔2024〕4号，见附件1）转发给你们。', [[1, '某局关于印发〈某指南〉的通知']]],
		['某某项目汇总表（见附件1）；', [[1, '某某项目汇总表']]],
		['某某情况证明（可多份，见附件3）；', [[3, '某某情况证明']]],
		['初审后填写附件5汇总表报市局。', [[5, '汇总表']]],
		['填写《某某申请书》（见附件）。', [[null, '某某申请书']]],
		['我们编制了《某某申报指南》（以下简称《指南》），现印发给你们。', [[null, '某某申报指南']]],
	])('reads %s', (text, expected) => {
		expect(titles(text)).toEqual(expected);
	});
	test('takes no attachment from a reference that names no document', () => {
		expect(titles('对获得示范称号的企业（附件4）开展复评。')).toEqual([]);
		expect(titles('提交申报材料（附件2、3）。')).toEqual([]);
	});
});

describe('parseAttachmentLine', () => {
	test('reads a file name that repeats the number, and a number glued to the title', () => {
		expect(parseAttachmentLine('附件：1.附件1+某某办法.pdf', 0, true).map((a) => [a.no, a.title])).toEqual([[1, '某某办法']]);
		expect(parseAttachmentLine('附件：1某某通知.pdf', 0, true).map((a) => [a.no, a.title])).toEqual([[1, '某某通知']]);
		expect(parseAttachmentLine('附件：12月工作安排', 0, true).map((a) => [a.no, a.title])).toEqual([[null, '12月工作安排']]);
	});
	test.each([['附件：1.申报书；2.汇总表'], ['附件：1、申报书 2、汇总表'], ['附件：1.申报书.doc2.汇总表.xls']])('parts the items glued in %s', (line) => {
		expect(parseAttachmentLine(line, 0, true).map((a) => [a.no, a.title])).toEqual([
			[1, '申报书'],
			[2, '汇总表'],
		]);
	});
	test('keeps a number inside a title that is not the next item', () => {
		expect(parseAttachmentLine('附件：1.按GB/T 1.1编写的草案', 0, true).map((a) => a.title)).toEqual(['按GB/T 1.1编写的草案']);
	});
});

describe('remarkNoticeAttachments', () => {
	test('fills the numbers a list cut short lacks from the body', () => {
		const r = parseText('一、请填报《某某调查表》（见附件3）。\n附件：1.某某办法\n2.某某申请表\n3.');
		expect(r.attachments).toEqual([
			{ no: 1, title: '某某办法', kind: '办法' },
			{ no: 2, title: '某某申请表', kind: '表' },
			{ no: 3, title: '某某调查表', kind: '表' },
		]);
	});
	test('counts a list given twice once', () => {
		const r = parseText('正文。\n附件：1.某某通知\n2.某某建议书\n某某市市场监督管理局\n2023年1月28日\n附件：1.《某某通知》.pdf\n2.某某建议书.xlsx');
		expect(r.attachments).toEqual([
			{ no: 1, title: '某某通知', kind: '通知' },
			{ no: 2, title: '某某建议书', kind: null },
		]);
	});
	test('reads a list under a bare 附件： line in the signature area', () => {
		const r = parseText('请于3月10日前报送。\n附件：\n1.某某通知\n2.某某建议书\n某某市市场监督管理局\n2023年1月28日');
		expect(r.attachments.map((a) => a.no)).toEqual([1, 2]);
		expect(r.attachments[0]!.title).toBe('某某通知');
	});
	test('takes the body references when there is no list', () => {
		expect(parseText('请填写《某某申请书》（附件1）和《某某汇总表》（附件2）。').attachments).toEqual([
			{ no: 1, title: '某某申请书', kind: '申报书' },
			{ no: 2, title: '某某汇总表', kind: '汇总表' },
		]);
	});
});
