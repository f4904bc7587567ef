/** 年度 of notices whose title does not name it. */
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../../src/ingest/index.ts';

const yearOf = (...lines: string[]): number => parseNoticeFile(Buffer.from(['各有关单位：', ...lines].join('\n')), 'a.txt')[0]!.record.year;

describe('remarkNoticeYear', () => {
	test('returns the first year of a 年度 range, its dash lost', () => {
		expect(yearOf('拟在20112012年度中，每年安排试点项目20个。', '一、申报条件', '二、申报程序')).toBe(2011);
	});

	test('returns the notice own year before one inside a cited document name', () => {
		expect(yearOf('为落实《质量发展纲要（2011-2020年）》要求，开展2012年质量月活动。', '一、申报条件', '二、申报程序')).toBe(2012);
	});

	test('returns a 年度 inside a cited call when the notice names none of its own', () => {
		expect(yearOf('省局于2020年3月修订了细则，现转发《关于征集2021年度专项资金项目的通知》。', '一、申报条件', '二、申报程序')).toBe(2021);
	});

	test('returns the year the opening calls for, after the issue year', () => {
		expect(yearOf('现就2024年绿色发展地方标准项目征集工作通知如下：', '一、申报范围', '某某省工业和信息化厅', '2023年10月23日')).toBe(2024);
	});

	test('returns the issue year, not an earlier year the opening recalls', () => {
		expect(yearOf('自2019年以来，试点工作成效明显，现通知如下：', '一、申报范围', '某某省工业和信息化厅', '2023年10月23日')).toBe(2023);
	});
});
