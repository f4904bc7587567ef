/** The header of notices that a web page shows: chrome around it, parts of it missing. */
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../../src/ingest/index.ts';
import type { NoticeRecord } from '../../../src/schemas/notice.ts';

const parse = (...lines: string[]): NoticeRecord => parseNoticeFile(Buffer.from(lines.join('\n')), 'a.txt')[0]!.record;

const BODY = ['为推进标准化工作，现将有关事项通知如下：', '一、申报条件', '（一）具有独立法人资格。'];

describe('remarkNoticeHeader on web pages', () => {
	test('reads the issuer, date and 文号 of a page metadata block when the notice names none', () => {
		const r = parse('发布时间：2021-04-20', '政策级别：省级', '发文部门：某某省市场监督管理局（某某省知识产权局）', '某市监标函〔2021〕108号', '各有关单位：', ...BODY);
		expect([r.title, r.issuers, r.docNumber, r.issuedOn, r.year]).toEqual([null, ['某某省市场监督管理局'], '某市监标函〔2021〕108号', '2021-04-20', 2021]);
	});

	test('reads the 文号 of a disclosure page and the title under it, not the metadata copy', () => {
		const title = '某某市市场监督管理局关于开展2021年度地方标准申报工作的通知';
		const r = parse('您当前的位置：', '首页 >> 政务公开', `信息名称：${title}`, '文件编号：某市监标〔2021〕37号发布机构：市市场监督管理局', '生成日期：2021-03-10', title, '各有关单位：', ...BODY);
		expect([r.title, r.issuers, r.docNumber, r.issuedOn]).toEqual([title, ['某某市市场监督管理局'], '某市监标〔2021〕37号', '2021-03-10']);
	});

	test('takes the title under a mirror headline, with its 文号 under it', () => {
		const r = parse('两部门开展2022年度试点工作', '2022-04-22 来源：某部', '关于开展2022年度标准应用试点工作的通知', '某监标发〔2022〕34号', '各有关单位：', ...BODY);
		expect([r.title, r.docNumber, r.issuedOn]).toEqual(['关于开展2022年度标准应用试点工作的通知', '某监标发〔2022〕34号', '2022-04-22']);
	});

	test('does not take the forwarded notice issuer from a 关于转发 title', () => {
		const r = parse('关于转发市市场监管委关于申报2022年标准化资助项目的通知', '各有关单位：', ...BODY, '主办单位：某某市某某区市场监督管理局');
		expect(r.issuers).toEqual(['某某市某某区市场监督管理局']);
	});

	test('reads a signature of name and date on one line, with or without a space', () => {
		expect(parse('各有关单位：', ...BODY, '特此通知。', '某某部办公厅 2023年6月15日').issuers).toEqual(['某某部办公厅']);
		const r = parse('各有关单位：', ...BODY, '特此通知。', '某某部办公厅2023年6月15日');
		expect([r.issuers, r.issuedOn]).toEqual([['某某部办公厅'], '2023-06-15']);
	});

	test('reads a joint signature whose names ran together, dated in numerals with a circle zero', () => {
		const r = parse('各有关单位：', ...BODY, '省质监局 省财政厅', '省林业局', '二○一一年十月八日');
		expect([r.issuers, r.issuedOn]).toEqual([['省质监局', '省财政厅', '省林业局'], '2011-10-08']);
	});

	test('reads the bodies the opening says decide the call', () => {
		const r = parse('各有关单位：', '为推进标准化工作，国家标准化管理委员会决定征集第八批试点项目，现将有关事项通知如下：', '一、申报条件', '二、申报程序', '发稿时间：2021-12-01');
		expect([r.issuers, r.issuedOn, r.year, r.jurisdiction.level]).toEqual([['国家标准化管理委员会'], '2021-12-01', 2021, 'national']);
	});

	test('reads the signature under a bare 附件： list, not as attachment text', () => {
		const r = parse('各有关单位：', ...BODY, '附件：', '1.申报指南', '2.项目建议书', '某某市市场监督管理局', '2023年1月28日');
		expect([r.issuers, r.issuedOn, r.attachments.map((a) => a.title)]).toEqual([['某某市市场监督管理局'], '2023-01-28', ['申报指南', '项目建议书']]);
	});

	test('takes no issuer from a title the body cites as the notice it relays', () => {
		const title = '某某协会关于组织开展2022年度标准化项目申报的通知';
		const r = parse(title, '发布时间：2022-03-11', '各有关单位：', `项目设置及要求详见《${title}》（附件）。`, '一、申报办法', '二、申报要求');
		expect([r.title, r.issuers, r.issuedOn]).toEqual([title, [], '2022-03-11']);
	});

	test('reads a salutation run into the first paragraph as the salutation', () => {
		const notice = parseNoticeFile(Buffer.from('某市市场监督管理局关于开展2022年度资助资金申报工作的通知\n各区市场监管局，各有关单位： 为推进标准化工作，现通知如下：\n一、申报条件'), 'a.txt')[0]!;
		const parts = notice.tree.children.map((n) => (n.type === 'paragraph' ? (n.data?.part ?? 'paragraph') : n.type));
		expect(parts.slice(0, 3)).toEqual(['title', 'salutation', 'paragraph']);
		const salutation = notice.tree.children[1]!;
		expect(salutation.position?.end.column! - salutation.position?.start.column!).toBe('各区市场监管局，各有关单位：'.length);
	});

	test('reads the issuer of a well-known 文号 prefix last', () => {
		expect(parse('国标委发〔2022〕35号', '各有关单位：', ...BODY).issuers).toEqual(['国家标准化管理委员会']);
	});
});
