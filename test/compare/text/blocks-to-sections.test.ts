import { describe, expect, test } from 'vitest';
import { blocksToSections } from '../../../src/compare/text/blocks-to-sections.ts';
import { doc } from './doc.ts';

const summary = (text: string) =>
	blocksToSections(doc(text)).map((s) => ({ path: s.path, key: s.key, units: s.units.map((u) => u.text) }));

describe('blocksToSections', () => {
	test('puts text before the first heading in a preamble', () => {
		expect(summary('前言。\n## 一、范围\n正文。')).toEqual([
			{ path: [], key: '', units: ['前言。'] },
			{ path: ['一、范围'], key: '范围', units: ['正文。'] },
		]);
	});

	test('leaves out an empty preamble but keeps an empty section', () => {
		expect(summary('## 附件1\n### 一、范围\n正文。')).toEqual([
			{ path: ['附件1'], key: '附件', units: [] },
			{ path: ['附件1', '一、范围'], key: '范围', units: ['正文。'] },
		]);
	});

	test('builds heading paths from depths', () => {
		const paths = blocksToSections(doc('## 附件1\n### 一、甲\n#### （一）乙\n### 二、丙\n## 附件2')).map((s) => s.path);
		expect(paths).toEqual([['附件1'], ['附件1', '一、甲'], ['附件1', '一、甲', '（一）乙'], ['附件1', '二、丙'], ['附件2']]);
	});

	test('leaves out structural parts but keeps an attachment title', () => {
		const sections = blocksToSections(doc('@masthead 某局文件\n@title 通知\n正文。\n@signature 某局\n## 附件1\n@title 2023年度申报要求\n要求。'));
		expect(sections.map((s) => s.units.map((u) => u.text))).toEqual([['正文。'], ['2023年度申报要求', '要求。']]);
		expect(sections[1]).toMatchObject({ key: '附件#年度申报要求', attachment: true });
	});

	test('opens an attachment at a title whose 附件 N label was lost', () => {
		const sections = blocksToSections(doc('@title 通知\n正文。\n## 附件1\n@title 甲要求\n要求。\n@title 乙要求\n### 一、范围\n范围。'));
		expect(sections.map((s) => s.path)).toEqual([[], ['附件1'], ['乙要求'], ['乙要求', '一、范围']]);
		expect(sections[2]).toMatchObject({ attachment: true, heading: '乙要求' });
		expect(sections[2]?.units.map((u) => u.text)).toEqual(['乙要求']);
	});

	test('keys units without numbering or spacing', () => {
		const [section] = blocksToSections(doc('（二）申报 单位。'));
		expect(section?.units).toEqual([{ text: '（二）申报 单位。', key: '申报单位。' }]);
	});
});

describe('blocksToSections with numbering as data', () => {
	const block = (numbering: string | null, text: string) =>
		({ type: 'paragraph', numbering, level: numbering === null ? null : 1, text, part: null, attachment: null }) as const;

	test('shows the block number on its first unit and keys none of them by it', () => {
		const [section] = blocksToSections([block('（一）', '规模1.5亿元；任务如下：（二）试点。')]);
		expect(section?.units).toEqual([
			{ text: '（一）规模1.5亿元；', key: '规模1.5亿元；' },
			{ text: '任务如下：', key: '任务如下：' },
			{ text: '（二）试点。', key: '试点。' },
		]);
	});

	test('keeps a number with no words as a unit of its own', () => {
		expect(blocksToSections([block('（一）', '')])[0]?.units).toEqual([{ text: '（一）', key: '' }]);
	});
});
