/** Domains as real notices write them: scope sections, lead-in lines, list paragraphs, themes. */
import { describe, expect, test } from 'vitest';
import { scopeItem } from '../../../src/ingest/extract/scope-item.ts';
import { parseText } from '../../helpers/parse-text.ts';

const names = (body: string) => parseText(body).domains.map((d) => d.name);

describe('remarkNoticeDomains on scope sections', () => {
	test('takes each item of a scope section as written', () => {
		expect(names('一、申报范围\n（一）填补行业空白的新型团体标准；\n（二）优于现行国家标准的先进团体标准。\n二、申报程序\n（一）自愿申请。')).toEqual([
			'填补行业空白的新型团体标准',
			'优于现行国家标准的先进团体标准',
		]);
	});
	test('takes the items a 重点支持…： line introduces, not the prose around them', () => {
		const body = '一、申报要求\n申报的标准应已实施一年以上。重点支持创新性团体标准，主要包括：\n（一）填补空白的团体标准；\n（二）具有国际先进水平的团体标准。\n二、其他\n（一）按时报送。';
		expect(names(body)).toEqual(['填补空白的团体标准', '具有国际先进水平的团体标准']);
	});
	test('reads a list paragraph split by 、 or by ；', () => {
		expect(names('一、资助范围：\n标准制修订项目、标准化研究项目、开展标准化示范（试点）建设。\n二、申报材料\n申请表。')).toEqual([
			'标准制修订项目',
			'标准化研究项目',
			'开展标准化示范（试点）建设',
		]);
		expect(names('一、申报范围\n满足本市特殊技术要求的农业、林业等领域；地理标志保护产品。')).toEqual(['满足本市特殊技术要求的农业、林业等领域', '地理标志保护产品']);
	});
	test('reads a list on the scope heading line itself', () => {
		expect(names('一、资助范围。标准制修订项目、标准化研究项目。\n二、其他\n按时报送。')).toEqual(['标准制修订项目', '标准化研究项目']);
	});
	test('reads the items of a 项目类别 section nested under conditions, not who may apply', () => {
		const body = '一、申报有关条件\n（一）申报单位范围\n本市注册的企业均可申请。\n（二）申报项目类别\n1.制修订标准；\n2.承办标准化会议。\n二、办理要求\n按时报送。';
		expect(names(body)).toEqual(['制修订标准', '承办标准化会议']);
	});
	test('keeps an item with a paragraph under it, but not a label heading its paragraphs', () => {
		const body = '一、申报范围及要求\n（一）申报范围\n地方标准；团体标准。\n（二）申报要求\n与现行标准协调一致。\n二、资助项目类别\n（一）承办国际标准化会议和培训基地等相关工作。\n    其中培训基地属事前资助。\n三、其他\n无。';
		expect(names(body)).toEqual(['地方标准', '团体标准', '承办国际标准化会议和培训基地等相关工作']);
	});
	test('skips items that set a requirement or an exclusion', () => {
		expect(names('一、试点的重点\n第五批试点的重点为：\n（一）侧重大型企业。主要是工业企业。\n（二）暂不包括电力企业。\n（三）申报单位应当具有法人资格。')).toEqual(['侧重大型企业']);
	});
	test('keeps running lists closed by 等 to the running-text rule', () => {
		expect(names('一、征集领域\n围绕现代农业、先进制造业等领域征集一批试点项目。')).toEqual(['现代农业', '先进制造业']);
	});
	test('reads 在…等领域开展 as domains, but not a domain focus 重点在…等领域开展', () => {
		expect(names('为推动标准实施，决定在工业、农业、服务业等领域开展2026年试点工作。')).toEqual(['工业', '农业', '服务业']);
		expect(parseText('一、服务业领域\n重点在养老家政、文化旅游等领域开展试点。').domains).toEqual([{ name: '服务业领域', focus: ['养老家政', '文化旅游'], canonical: ['services'], others: [] }]);
		expect(names('申报单位在教育、医疗等领域具有示范作用。')).toEqual([]);
	});
	test('reads a list right after a 重点…： label in running text', () => {
		expect(names('为推动试点，重点支持以下领域：智能制造、绿色低碳、现代物流等。')).toEqual(['智能制造', '绿色低碳', '现代物流']);
		expect(names('本年度立项重点：农业标准；服务业标准。')).toEqual(['农业标准', '服务业标准']);
		expect(names('重点支持以下领域：具有创新性，先进性的项目、其他。')).toEqual([]);
	});
	test('reads fields joined by 和 when they share their head noun', () => {
		expect(names('可重点选择生产性服务业、生活性服务业和公共服务业领域中的项目申报。')).toEqual(['生产性服务业', '生活性服务业', '公共服务业']);
		expect(names('可重点选择农业、社会管理和公共服务领域中的项目申报。')).toEqual([]);
	});
	test('never takes a programme the notice calls for as a domain', () => {
		const header = '某某省市场监督管理局关于征集2026年度某省标准化试点项目的通知\n各有关单位：\n';
		const r = parseText('一、申报项目类别\n1.某省标准化试点项目；\n2.团体标准应用示范。', header);
		expect(r.programmes).toEqual(['某省标准化试点项目']);
		expect(r.domains.map((d) => d.name)).toEqual(['团体标准应用示范']);
	});
});

describe('scopeItem', () => {
	const read = (text: string) => {
		const item = scopeItem({ text, start: 0 });
		return item && { name: item.name, focus: item.focus };
	};
	test('reads a headline and the list after 包括, split at ，when its items hold 、', () => {
		expect(read('侧重大型企业。主要是工业企业，包括采矿业，制造业，热力、燃气供应业。')).toEqual({
			name: '侧重大型企业',
			focus: ['采矿业', '制造业', '热力、燃气供应业'],
		});
	});
	test('reads a headline and a list split at 、', () => {
		expect(read('兼顾中小企业。支柱产业的企业、新兴产业的企业。')).toEqual({ name: '兼顾中小企业', focus: ['支柱产业的企业', '新兴产业的企业'] });
	});
	test('reads a headline and what it supports, without the 等 that closes the list', () => {
		expect(read('智能制造。重点支持工业互联网、智能工厂等方向。')).toEqual({ name: '智能制造', focus: ['工业互联网', '智能工厂'] });
	});
	test('reads a label and its list', () => {
		expect(read('行政服务：政务服务（审批、热线等）、政务公开、智慧监管；')).toEqual({ name: '行政服务', focus: ['政务服务（审批、热线等）', '政务公开', '智慧监管'] });
	});
	test('reads a theme and what it covers', () => {
		expect(read('围绕节能、减排主题，制修订一批能耗限额、设备能效、清洁生产等地方标准。')).toEqual({
			name: '节能、减排',
			focus: ['能耗限额', '设备能效', '清洁生产'],
		});
	});
	test('keeps a plain item whole, commas and all', () => {
		expect(read('具有国际领先水平，同步推进国际标准制定的团体标准。')).toEqual({ name: '具有国际领先水平，同步推进国际标准制定的团体标准', focus: [] });
	});
	test.each([['经复审需修订的地方标准，可申报修订项目。'], ['申报主体须在本市注册。'], ['暂不包括电力企业。']])('takes %s for no domain', (text) => {
		expect(read(text)).toBeUndefined();
	});
});
