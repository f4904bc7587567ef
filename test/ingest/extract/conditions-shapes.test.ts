/** Conditions as real notices write them: mixed scope-and-conditions sections, labels, prose. */
import { describe, expect, test } from 'vitest';
import { parseText } from '../../helpers/parse-text.ts';

const conditions = (body: string) => parseText(body).conditions.map((c) => c.text);

describe('remarkNoticeConditions on real shapes', () => {
	test('takes the prose of a 申报范围和条件 section and leaves its items to domains', () => {
		const body = '一、申报范围和条件\n社会团体发布的团体标准。标准应已实施6个月以上。重点支持创新性团体标准，主要包括：\n（一）填补空白的团体标准；\n（二）先进的团体标准。\n二、申报程序\n（一）自愿申请。';
		const r = parseText(body);
		expect(r.conditions.map((c) => c.text)).toEqual(['社会团体发布的团体标准。', '标准应已实施6个月以上。']);
		expect(r.domains.map((d) => d.name)).toEqual(['填补空白的团体标准', '先进的团体标准']);
	});
	test('reads the paragraphs under labels, not the labels or a list of domains', () => {
		const body = '一、申报有关条件\n（一）申报单位范围\n本市注册的企业均可申请。\n（二）时间范围\n2025年内完成的标准化项目。\n（三）申报项目类别\n1.制修订标准；\n2.承办标准化会议。\n二、办理要求\n按时报送。';
		expect(conditions(body)).toEqual(['本市注册的企业均可申请。', '2025年内完成的标准化项目。']);
	});
	test('splits a requirements paragraph at ；and drops steps and encouragements', () => {
		const body = '一、申报要求\n与现行标准协调一致；适合在全市推广实施；鼓励行业主管部门牵头申报。请于6月1日前报送申报材料。\n受理地址：某市某路1号\n二、其他\n无。';
		expect(conditions(body)).toEqual(['与现行标准协调一致；', '适合在全市推广实施；']);
	});
	test('reads 申请资格 and 申报原则 sections', () => {
		expect(conditions('一、申请资格\n1.在本市注册的法人单位均可申请。\n2.项目应在两年内完成。\n二、材料\n申请表。')).toEqual(['在本市注册的法人单位均可申请。', '项目应在两年内完成。']);
		expect(conditions('一、申报原则\n（一）注重效益。申报单位应当选择有基础的项目。\n二、工作原则\n（一）坚持自愿。')).toEqual(['注重效益。申报单位应当选择有基础的项目。']);
	});
	test('drops the line that sums up a list of conditions', () => {
		expect(conditions('二、申报条件\n申报单位应具备下列条件：\n（一）具有独立法人资格；\n（二）信用良好。\n符合上述条件的单位可自愿申报。\n三、其他\n无。')).toEqual(['具有独立法人资格；', '信用良好。']);
	});
	test('keeps an item listing disqualifying cases whole, with its cases', () => {
		const body = '一、申请资格\n1.本市注册的单位均可申请。\n2.有下列情形之一的不得申报：\n（1）弄虚作假的；\n（2）逾期的。\n二、材料\n申请表。';
		expect(conditions(body)).toEqual(['本市注册的单位均可申请。', '有下列情形之一的不得申报： （1）弄虚作假的； （2）逾期的。']);
	});
	test('takes an exclusion item anywhere as a condition', () => {
		expect(conditions('一、试点重点\n（一）侧重大型企业。\n（二）暂不包括电力企业。另有规定。')).toEqual(['暂不包括电力企业']);
	});
	test('falls back to sentences binding the applicant or its project, split at ；', () => {
		const body = '一、申报对象\n申报单位在相关领域内应具有良好声誉；项目申请人应具有标准化知识。所报项目应说明与现行标准的关系，采用国际标准的应填写采标程度。\n二、申请资助的单位和项目应符合有关规定。\n三、同一项目不得以不同名称重复申请。\n四、申报单位应在5月1日前报送材料。';
		expect(conditions(body)).toEqual([
			'申报单位在相关领域内应具有良好声誉；',
			'项目申请人应具有标准化知识。',
			'所报项目应说明与现行标准的关系，采用国际标准的应填写采标程度。',
			'申请资助的单位和项目应符合有关规定。',
			'同一项目不得以不同名称重复申请。',
		]);
	});
});
