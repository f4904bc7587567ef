/** The materials to prepare (record `materials`) and who prepares each, on short texts written for the test. */
import { describe, expect, test } from 'vitest';
import type { Span } from '../../../src/ingest/extract/context.ts';
import { creditMaterial } from '../../../src/ingest/extract/credit-material.ts';
import { materialKind } from '../../../src/ingest/extract/material-kind.ts';
import { listedItems, passingForms, quotedForms } from '../../../src/ingest/extract/material-mentions.ts';
import { materialsOf } from '../../../src/ingest/extract/materials.ts';
import type { Party } from '../../../src/schemas/notice.ts';
import { parseText } from '../../helpers/parse-text.ts';

const spans = (...texts: string[]): Span[] => texts.map((text, i) => ({ text, start: i * 100 }));
const context = (titles: string[], addressees: Party | null = null) => ({
	attachments: titles.map((title, index) => ({ no: index + 1, title, kind: null })),
	issuers: ['某省市场监督管理局'],
	jurisdiction: { level: 'provincial' as const, name: '某省', parent: null },
	addressees,
});
const noLine = () => null;
/** Name, attachment number and party of the materials, each attachment listed at offset 900+. */
const rows = (titles: string[], texts: string[], addressees: Party | null = null) =>
	materialsOf(context(titles, addressees), spans(...texts), (i) => ({ text: titles[i]!, start: 900 + i })).map(({ material: m }) => [m.name, m.attachment, m.party]);

describe('materialKind', () => {
	test.each([
		['关于推荐国家标准化试点项目的函（示例）', 'recommender'],
		['推荐公函', 'recommender'],
		['某某区市场监管局推荐意见', 'recommender'],
		['国家标准化试点项目申报书', 'applicant'],
		['标准化试点示范项目申请书（样表）', 'applicant'],
		['信用承诺书', 'applicant'],
		['试点项目推荐表', 'either'],
		['企业基本信息表', 'either'],
		['试点项目汇总清单', 'either'],
		['项目推荐汇总表', 'either'],
	])('returns who prepares %s', (name, party) => {
		expect(materialKind(name)).toBe(party);
	});

	test.each([['某某通知'], ['项目申报操作指南（2025年度）'], ['国家标准化试点项目自评表'], ['试点项目评价表']])(
		'returns null for %s, which is not prepared for the application',
		(name) => {
			expect(materialKind(name)).toBe(null);
		},
	);
});

describe('materialsOf', () => {
	test('returns attachments that are forms, with their number and the sentence that asks for them', () => {
		const found = materialsOf(
			context(['某某通知', '国家标准化试点项目申报书', '国家标准化试点项目自评表', '关于推荐试点项目的函（示例）']),
			spans('为贯彻落实纲要。', '按要求填报申报书（见附件2）。', '以函的形式（见附件4）报送。'),
			noLine,
		);
		expect(found.map(({ material }) => material)).toEqual([
			{ name: '国家标准化试点项目申报书', attachment: 2, note: null, party: 'applicant', text: '按要求填报申报书（见附件2）。' },
			{ name: '关于推荐试点项目的函（示例）', attachment: 4, note: null, party: 'recommender', text: '以函的形式（见附件4）报送。' },
		]);
		expect(found.map(({ sentence }) => sentence.start)).toEqual([100, 200]);
	});

	test('takes an attachment no sentence names from its line in the list', () => {
		const line = { text: '1.某某试点申请书', start: 900 };
		const [found] = materialsOf(context(['某某试点申请书']), spans('为贯彻落实纲要。'), () => line);
		expect(found).toEqual({ material: { name: '某某试点申请书', attachment: 1, note: null, party: 'applicant', text: '1.某某试点申请书' }, sentence: line });
	});

	test('adds forms named in 《》 once, with the bracket after them as the note', () => {
		const text = ['填写《某某试点申请书》（一式三份）和《某某试点申请书》后报送。', '对照《某某实施细则》执行。'];
		const [found] = materialsOf(context([]), spans(...text), noLine);
		expect(found?.material).toEqual({ name: '某某试点申请书', attachment: null, note: '一式三份', party: 'applicant', text: text[0] });
		expect(rows(['某某试点申请书（样表）'], text)).toEqual([['某某试点申请书（样表）', 1, 'applicant']]);
	});

	test('adds a form named in passing unless a longer name or the same form covers it', () => {
		expect(rows([], ['在线打印申请表，一式三份。'])).toEqual([['申请表', null, 'applicant']]);
		expect(rows([], ['将《某某项目申请表》和申请表报送。'])).toEqual([['某某项目申请表', null, 'applicant']]);
		expect(rows([], ['以推荐公函形式报送。'])).toEqual([['推荐公函', null, 'recommender']]);
		expect(rows(['推荐的函（示例）'], ['以推荐函形式报送。'])).toEqual([['推荐的函（示例）', 1, 'recommender']]);
	});

	test('gives a form either may fill to the subject of its sentence, else to the addressees', () => {
		expect(rows([], ['请各区市场监管局填写《试点项目推荐表》。'])).toEqual([['试点项目推荐表', null, 'recommender']]);
		expect(rows([], ['申报单位填写《试点项目推荐表》。'], 'recommender')).toEqual([['试点项目推荐表', null, 'applicant']]);
		expect(rows([], ['填写《试点项目推荐表》。'], 'recommender')).toEqual([['试点项目推荐表', null, 'recommender']]);
		expect(rows([], ['填写《试点项目推荐表》。'])).toEqual([['试点项目推荐表', null, 'applicant']]);
	});

	test('gives a list of projects to whoever sums them up: a bureau, or an applicant with several', () => {
		expect(rows([], ['请各申报单位将申报材料和项目汇总表报送至市市场监管局。'], 'recommender')).toEqual([['汇总表', null, 'applicant']]);
		expect(rows([], ['并将推荐的项目汇总表报送。'], 'recommender')).toEqual([['汇总表', null, 'recommender']]);
	});

	test('keeps the kind above the subject: a bureau sends the applicant’s form and its own list', () => {
		expect(rows([], ['请各市市场监管局将汇总清单和各项目申报书报送省市场监管局。'])).toEqual([
			['汇总清单', null, 'recommender'],
			['申报书', null, 'applicant'],
		]);
	});

	test('returns nothing for a text that names no material', () => {
		expect(rows(['某某通知'], ['请认真组织。'])).toEqual([]);
	});
});

describe('creditMaterial', () => {
	test('returns a credit report the text names, with where to get it', () => {
		const [condition, upload] = spans('信用良好。', '上传信用信息报告（可在“信用中国”查询）。');
		expect(creditMaterial([condition!, upload!])).toEqual({ name: '信用信息报告', note: '可在“信用中国”查询', sentence: upload });
	});

	test('returns nothing for a condition that asks for no document', () => {
		expect(creditMaterial(spans('无不良信用记录（以“信用中国”和“国家企业信用信息公示系统”为准）。'))).toBe(null);
	});
});

describe('quotedForms, passingForms, listedItems', () => {
	const names = (mentions: { name: string }[]) => mentions.map((m) => m.name);

	test('reads forms in 《》, not the titles of notices or rules', () => {
		expect(names(quotedForms(spans('对照《某某实施细则》填写《某某申请书》。')))).toEqual(['某某申请书']);
	});

	test('reads a form in passing only where something is prepared or handed in', () => {
		expect(names(passingForms(spans('在线打印申请表，一式三份。', '填写推荐部门意见并加盖公章后报送。')))).toEqual(['申请表', '推荐部门意见']);
		expect(names(passingForms(spans('申报主体对申报书内容的真实性负责。', '区县市场监管局推荐意见：')))).toEqual([]);
		expect(names(passingForms(spans('材料（含公文）上传至系统，电子版通过公文交换系统提交。')))).toEqual(['公文']);
	});

	test('reads supporting documents, unless they prove a credit record', () => {
		expect(names(passingForms(spans('并提供项目相关证明材料。')))).toEqual(['证明材料']);
		expect(names(passingForms(spans('信用证明材料可在“信用中国”查询下载，电子版上传到系统。')))).toEqual([]);
	});

	test('reads the numbered items of a list of materials, one a sentence', () => {
		const list = spans('8月11日前将申报材料报送办公室：1．《某某申请书》；', '2．某某项目实施方案；', '3．营业执照复印件；', '4．其他证明材料。');
		expect(names(listedItems(list))).toEqual(['某某申请书', '某某项目实施方案', '营业执照复印件', '其他证明材料']);
		expect(names(listedItems(spans('有关要求如下：1．加强组织领导；', '2．做好宣传。')))).toEqual([]);
		expect(names(listedItems(spans('2．某某实施方案。')))).toEqual([]);
	});

	test('reads a list whose lead-in the sentence splitter cut off at its colon', () => {
		const list = spans('8月11日前将申报材料报送办公室：', '1．《某某申请书》；', '2．某某项目实施方案。');
		expect(names(listedItems(list))).toEqual(['某某申请书', '某某项目实施方案']);
		expect(names(listedItems(spans('有关要求如下：', '1．加强组织领导；', '2．做好宣传。')))).toEqual([]);
	});
});

describe('remarkNoticeMaterials', () => {
	test('reads a company-addressed municipal notice: the application form and the pledge, both the applicant’s', () => {
		const record = parseText(
			'一、申报材料\n申报企业填写《某某市标准化试点项目申报书》（见附件1），并签署《信用承诺书》（见附件2）。\n附件：1.某某市标准化试点项目申报书\n2.信用承诺书\n',
			'某某市市场监督管理局关于开展2026年度市级标准化试点项目申报工作的通知\n各有关企业：\n',
		);
		expect(record.materials.map((m) => [m.name, m.attachment, m.party])).toEqual([
			['某某市标准化试点项目申报书', 1, 'applicant'],
			['信用承诺书', 2, 'applicant'],
		]);
	});

	test('reads a bureau-addressed provincial notice: the bureaus’ letter and list apart from the form', () => {
		const record = parseText(
			'一、工作程序\n（一）承担单位填报《试点项目申请表》（一式三份）。\n（二）各市市场监管局以推荐函的形式（见附件1）将材料和项目汇总表报送至省市场监管局。\n附件：1.关于推荐试点项目的函（示例）\n',
			'某某省市场监督管理局关于开展2026年度标准化试点推荐工作的通知\n各市市场监管局：\n',
		);
		expect(record.materials.map((m) => [m.name, m.attachment, m.note, m.party])).toEqual([
			['关于推荐试点项目的函（示例）', 1, null, 'recommender'],
			['试点项目申请表', null, '一式三份', 'applicant'],
			['汇总表', null, null, 'recommender'],
		]);
		expect(record.materials[0]?.text).toBe('各市市场监管局以推荐函的形式（见附件1）将材料和项目汇总表报送至省市场监管局。');
	});
});
