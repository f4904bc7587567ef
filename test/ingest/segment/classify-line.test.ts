/** Line classes, and a classifier that remembers them, on short literal lines. */
import { describe, expect, test } from 'vitest';
import { classifyLine, classifyOnce, isOrgLine, splitLines } from '../../../src/ingest/segment/classify-line.ts';

describe('classifyOnce', () => {
	test('returns what classifyLine returns, the second time without classifying again', () => {
		const classify = classifyOnce();
		const first = classify('（一）申报条件');
		expect(first).toEqual({ kind: 'numbered', numbering: { style: 'han-paren', marker: '（一）' } });
		expect(first).toEqual(classifyLine('（一）申报条件'));
		expect(classify('（一）申报条件')).toBe(first);
		expect(classify('2026年4月14日')).toEqual({ kind: 'date', numbering: null });
	});

	test('classifies split lines as classifyLine does', () => {
		const text = '某某省市场监督管理局\n\n一、总体要求\n请按时报送。';
		expect(splitLines(text, classifyOnce())).toEqual(splitLines(text));
	});
});

describe('isOrgLine', () => {
	test('returns true for a name alone, with or without （代章）', () => {
		expect(['辽宁省市场监督管理局', '某某市标准化协会', '某某区人民政府（代章）'].map(isOrgLine)).toEqual([true, true, true]);
	});

	test('returns false for a line that does not end as a name ends', () => {
		expect(['辽宁省市场监督管理局。', '请于本月底前报送', ''].map(isOrgLine)).toEqual([false, false, false]);
	});
});
