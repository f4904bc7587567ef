/** Which lines are an organisation's name alone, on short literal lines. */
import { describe, expect, test } from 'vitest';
import { isOrgLine } from '../../../src/ingest/segment/classify-line.ts';

describe('isOrgLine', () => {
	test('returns true for a name alone, with or without （代章）', () => {
		expect(['辽宁省市场监督管理局', '某某市标准化协会', '某某区人民政府（代章）'].map(isOrgLine)).toEqual([true, true, true]);
	});

	test('returns false for a line that does not end as a name ends', () => {
		expect(['辽宁省市场监督管理局。', '请于本月底前报送', ''].map(isOrgLine)).toEqual([false, false, false]);
	});
});
