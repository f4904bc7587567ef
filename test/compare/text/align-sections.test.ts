import { describe, expect, test } from 'vitest';
import { alignSections } from '../../../src/compare/text/align-sections.ts';
import { blocksToSections } from '../../../src/compare/text/blocks-to-sections.ts';
import { doc } from './doc.ts';

/** Each step as `a heading -> b heading`, `-` for a missing side, `~` marking a moved half. */
function align(a: string, b: string): string[] {
	return alignSections(blocksToSections(doc(a)), blocksToSections(doc(b))).map(
		(m) => `${m.a?.heading ?? '-'} -> ${m.b?.heading ?? '-'}${m.moved ? ' ~' : ''}`,
	);
}

const CONDITIONS = '申报单位应具备独立法人资格，具有标准化工作基础。三年内未发生重大质量安全事故。';
const TASKS = '建立标准体系，制定标准，组织标准实施。每年报送工作总结。';
const CONTACTS = '联系人：王某，电话010-12345678。材料寄送至北京市海淀区知春路4号。';

describe('alignSections', () => {
	test('pairs a renumbered heading after a removed section', () => {
		const a = `## 一、申报主体\n高新技术企业。\n## 二、申报条件\n${CONDITIONS}\n## 三、工作任务\n${TASKS}`;
		const b = `## 一、申报条件\n${CONDITIONS}\n## 二、工作任务\n${TASKS}`;
		expect(align(a, b)).toEqual(['一、申报主体 -> -', '二、申报条件 -> 一、申报条件', '三、工作任务 -> 二、工作任务']);
	});

	test('pairs a renamed heading over the same content', () => {
		const a = `## 一、申报条件\n${CONDITIONS}\n## 二、工作任务\n${TASKS}`;
		const b = `## 一、试点单位的基本条件\n${CONDITIONS}\n## 二、工作任务\n${TASKS}`;
		expect(align(a, b)).toEqual(['一、申报条件 -> 一、试点单位的基本条件', '二、工作任务 -> 二、工作任务']);
	});

	test('reports an added section on its own', () => {
		const a = `## 一、申报条件\n${CONDITIONS}\n## 二、工作任务\n${TASKS}`;
		const b = `## 一、申报条件\n${CONDITIONS}\n## 二、联系方式\n${CONTACTS}\n## 三、工作任务\n${TASKS}`;
		expect(align(a, b)).toEqual(['一、申报条件 -> 一、申报条件', '- -> 二、联系方式', '二、工作任务 -> 三、工作任务']);
	});

	test('reports a section moved elsewhere as moved on both sides', () => {
		const a = `## 一、申报条件\n${CONDITIONS}\n## 二、工作任务\n${TASKS}\n## 三、联系方式\n${CONTACTS}`;
		const b = `## 一、联系方式\n${CONTACTS}\n## 二、申报条件\n${CONDITIONS}\n## 三、工作任务\n${TASKS}`;
		expect(align(a, b)).toEqual([
			'- -> 一、联系方式 ~',
			'一、申报条件 -> 二、申报条件',
			'二、工作任务 -> 三、工作任务',
			'三、联系方式 -> - ~',
		]);
	});

	test('pairs the preambles and attachments whatever their titles', () => {
		const a = `前言。\n## 附件1\n@title 2023年度高新技术产业试点申报要求\n${TASKS}`;
		const b = `新的前言。\n## 附件\n@title 2026年度国家标准化试点项目征集领域\n${TASKS}`;
		expect(align(a, b)).toEqual(['- -> -', '附件1 -> 附件']);
	});

	test('pairs same-named headings by content when several could match', () => {
		const a = `## 附件1\n### 一、申报条件\n${CONDITIONS}\n## 附件2\n### 一、申报条件\n${CONTACTS}`;
		const b = `## 附件\n### 一、申报条件\n${CONTACTS}`;
		expect(align(a, b)).toEqual(['附件1 -> -', '一、申报条件 -> -', '附件2 -> 附件', '一、申报条件 -> 一、申报条件']);
	});
});
