import { describe, expect, test } from 'vitest';
import { hasCallShape, isTitleShaped } from '../../../src/ingest/segment/call-shape.ts';
import { splitLines } from '../../../src/ingest/segment/classify-line.ts';

const line = (text: string) => splitLines(text)[0]!;

describe('isTitleShaped', () => {
	test.each([
		['关于开展2022年度标准化试点项目申报工作的通知', true],
		['海南省市场监督管理局关于转发2024年国家标准立项指南的函', true],
		['2024年国家标准立项指南', true],
		['关于征集试点项目的公告（第2号）', true],
		['特此通知。', false],
		['为推进标准化工作，现将有关事项说明如下。', false],
		['发布时间：2021-04-20', false],
	])('returns for %s: %s', (text, expected) => {
		expect(isTitleShaped(line(text))).toBe(expected);
	});
	test('returns false for a paragraph that ends in 通知 but is far longer than a title', () => {
		expect(isTitleShaped(line(`${'为推进标准化工作，'.repeat(15)}特此通知`))).toBe(false);
	});
});

describe('hasCallShape', () => {
	test('returns false for prose', () => {
		expect(hasCallShape(splitLines('今天天气很好。\n我们去公园散步。'))).toBe(false);
	});
	test('returns false for one numbered line in prose', () => {
		expect(hasCallShape(splitLines('今天天气很好。\n1.我们去公园散步。'))).toBe(false);
	});
	test('returns true for two numbered lines', () => {
		expect(hasCallShape(splitLines('今天天气很好。\n1.我们去公园。\n2.我们去河边。'))).toBe(true);
	});
	test('returns false for a chrome line that ends in a colon', () => {
		expect(hasCallShape(splitLines('来源：\n今天天气很好。'))).toBe(false);
	});
});
