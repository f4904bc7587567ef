/** Programmes: what a notice calls for, from its title, opening, sections or cited call. */
import { describe, expect, test } from 'vitest';
import { citedProgrammes, programmesInPhrase } from '../../../src/ingest/extract/programme-phrase.ts';
import { programmeNames } from '../../../src/ingest/extract/programme-name.ts';
import { parseText } from '../../helpers/parse-text.ts';

describe('programmeNames', () => {
	test.each([
		['甲省标准化试点项目申报推荐工作', ['甲省标准化试点项目']],
		['乙市标准化试点项目、丙类标准化示范项目等有关', ['乙市标准化试点项目', '丙类标准化示范项目']],
		['丁类标准化试点示范、戊类服务标准化示范、第五批综合标准化试点项目', ['丁类标准化试点示范项目', '戊类服务标准化示范项目', '第五批综合标准化试点项目']],
		['我省林业标准化项目', ['林业标准化项目']],
		['某省绿色低碳标准化示范企业的申报', ['某省绿色低碳标准化示范企业']],
		['某某专项资金（标准化）项目', ['某某专项资金（标准化）项目']],
		['某省标准化试点项目名单', ['某省标准化试点项目']],
		['某省标准化专项资金项目库项目申报指南', ['某省标准化专项资金项目库项目']],
	])('reads %s as %j', (raw, names) => {
		expect(programmeNames(raw)).toEqual(names);
	});
	test.each([['某年国家标准立项指南'], ['某某管理办法'], ['标准化'], ['农业、工业'], ['预算标准编制']])('finds no programme in %s', (raw) => {
		expect(programmeNames(raw)).toEqual([]);
	});
	test('keeps a list whole when an item is no name of its own', () => {
		expect(programmeNames('林业、渔业标准化试点项目')).toEqual(['林业、渔业标准化试点项目']);
	});
});

describe('programmesInPhrase', () => {
	test.each([
		['某局关于组织申报2026年度某市标准化试点示范项目的通知', [['某市标准化试点示范项目']]],
		['关于开展2026年某市标准化试点工作的通知', [['某市标准化试点']]],
		['关于做好第三批某类综合标准化试点项目征集工作的通知', [['第三批某类综合标准化试点项目']]],
		['为此，决定在全省开展第二批“标准化良好企业”试点创建工作，现通知如下：', [['第二批“标准化良好企业”试点']]],
		['某局决定征集第七批某类标准化试点项目。', [['第七批某类标准化试点项目']]],
		['现就2027年某省节能地方标准制修订项目征集工作有关事项通知如下：', [['某省节能地方标准制修订项目']]],
		['关于开展2026年度甲类标准化试点项目申报暨乙市标准化试点项目征集工作的通知', [['甲类标准化试点项目', '乙市标准化试点项目']]],
		['拟每年安排制定某业地方标准20项和开展省级某业标准化试点项目20个（自筹经费）', [['某业地方标准'], ['省级某业标准化试点项目']]],
		['关于开展2026年度某省地方标准制定项目征集工作的通知', [['某省地方标准制定项目']]],
	])('reads %s', (text, calls) => {
		expect(programmesInPhrase(text)).toEqual(calls);
	});
	test('takes no past approval for a call', () => {
		expect(programmesInPhrase('2018年我省获批3个第一批某类标准化试点项目')).toEqual([]);
	});
	test('needs a verb or a year before the object', () => {
		expect(programmesInPhrase('充分发挥标准化工作的作用，推动标准化试点工作。')).toEqual([]);
	});
	test('skips the titles of cited documents, which citedProgrammes reads', () => {
		const text = '根据《某委关于征集第六批某类标准化试点项目的通知》要求，现将我省项目申报工作要求通知如下：';
		expect(programmesInPhrase(text)).toEqual([]);
		expect(citedProgrammes(text)).toEqual([['第六批某类标准化试点项目']]);
	});
});

describe('remarkNoticeProgrammes', () => {
	test('reads the title', () => {
		const r = parseText('一、申报条件\n具有独立法人资格。', '某某省市场监督管理局关于征集2026年度甲类标准化试点项目、乙类标准化试点项目等有关工作的通知\n各有关单位：\n');
		expect(r.programmes).toEqual(['甲类标准化试点项目', '乙类标准化试点项目']);
	});
	test('prefers a list in the opening to the umbrella name of the title', () => {
		const body = '某委决定集中开展2026年度甲类标准化试点示范、乙类标准化示范项目征集工作。\n一、申报条件\n具有独立法人资格。';
		const r = parseText(body, '某委关于征集2026年度标准化试点示范项目的通知\n各有关单位：\n');
		expect(r.programmes).toEqual(['甲类标准化试点示范项目', '乙类标准化示范项目']);
	});
	test('reads sections that each set out one programme', () => {
		const body = '现将有关事项通知如下。\n一、2026年度甲类标准化试点项目\n（一）申报条件\n具有独立法人资格。\n二、乙类标准化示范项目\n（一）申报条件\n通过试点评估。';
		expect(parseText(body).programmes).toEqual(['甲类标准化试点项目', '乙类标准化示范项目']);
	});
	test('names a programme once when the opening says it shorter too', () => {
		const opening = '各有关单位：\n为做好省地方标准立项工作，某省局公开征集2026年度某省地方标准项目。\n一、申报要求\n按时报送。\n某某市市场监督管理局\n2026年3月1日';
		expect(parseText(opening, '').programmes).toEqual(['某省地方标准项目']);
	});
	test('reads the opening when the notice has no title, and the cited call when that names none', () => {
		const opening = '各有关单位：\n为推动标准实施，我厅决定开展2026年某省标准化示范企业申报工作。\n一、申报条件\n近三年无事故。\n某某省工业和信息化厅\n2026年3月1日';
		expect(parseText(opening, '').programmes).toEqual(['某省标准化示范企业']);
		const forward = '各有关单位：\n根据《某委关于征集第六批某类标准化试点项目的通知》要求，现将我省申报工作通知如下。\n一、认真组织\n请各市做好申报。\n某某省市场监督管理局\n2026年3月1日';
		expect(parseText(forward, '').programmes).toEqual(['第六批某类标准化试点项目']);
	});
});
