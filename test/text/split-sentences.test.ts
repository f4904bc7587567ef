import { describe, expect, test } from 'vitest';
import { sentencesOf, splitSentences } from '../../src/text/split-sentences.ts';

describe('splitSentences', () => {
	test('cuts after 。；！？ and keeps the mark', () => {
		expect(splitSentences('甲。乙；丙！丁？戊')).toEqual(['甲。', '乙；', '丙！', '丁？', '戊']);
	});

	test('does not cut inside （）, “” or 《》', () => {
		expect(splitSentences('以“信用中国”为准。见《办法。》和（注：略。）。完')).toEqual([
			'以“信用中国”为准。',
			'见《办法。》和（注：略。）。',
			'完',
		]);
	});

	test('keeps a closing quote or bracket that follows the mark', () => {
		expect(splitSentences('他说：“好。”然后（详见附件。）下一句。')).toEqual(['他说：“好。”', '然后（详见附件。）', '下一句。']);
	});

	test('cuts plainly when the brackets do not balance', () => {
		expect(splitSentences('未闭合（甲。乙。')).toEqual(['未闭合（甲。', '乙。']);
		expect(splitSentences('多余）甲。乙。')).toEqual(['多余）甲。', '乙。']);
	});

	test('starts a unit at a numbered item after a colon', () => {
		expect(splitSentences('任务如下：（一）试点；（二）示范。')).toEqual(['任务如下：', '（一）试点；', '（二）示范。']);
		expect(splitSentences('条件：1. 法人；2.信用；（3）基础；①规划')).toEqual(['条件：', '1. 法人；', '2.信用；', '（3）基础；', '①规划']);
	});

	test('does not take a decimal or a time for an item', () => {
		expect(splitSentences('规模：1.5亿元。时间：8:30前。')).toEqual(['规模：1.5亿元。', '时间：8:30前。']);
	});

	test('ends a unit at a line break and drops empty units', () => {
		expect(splitSentences('辽宁省市场监督管理局\n2026年4月14日')).toEqual(['辽宁省市场监督管理局', '2026年4月14日']);
		expect(splitSentences('  \n。 ')).toEqual(['。']);
		expect(splitSentences('')).toEqual([]);
	});
});

describe('sentencesOf', () => {
	test('gives each sentence its offset and the outline number it starts with', () => {
		expect(sentencesOf('任务如下：（一）试点； 1. 示范。')).toEqual([
			{ text: '任务如下：', start: 0, numbering: null },
			{ text: '（一）试点；', start: 5, numbering: '（一）' },
			{ text: '1. 示范。', start: 12, numbering: '1. ' },
		]);
	});

	test('ends sentences only at the stops asked for', () => {
		expect(sentencesOf('甲；乙。丙', '。').map((s) => s.text)).toEqual(['甲；乙。', '丙']);
	});
});
