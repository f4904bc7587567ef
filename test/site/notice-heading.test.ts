import { describe, expect, test } from 'vitest';
import { noticeHeading, noticeLabel } from '../../src/lib/notices/notice-heading.ts';

const jurisdiction = { level: 'district', name: '渝北区', parent: null } as const;

describe('noticeHeading', () => {
	test('returns the title when there is one', () => {
		const record = { title: '关于申报的通知', issuers: ['甲局'], year: 2023, jurisdiction };
		expect(noticeHeading(record)).toBe('关于申报的通知');
	});

	test('derives a heading from issuer and year', () => {
		const record = { title: null, issuers: ['渝北区市场监督管理局'], year: 2023, jurisdiction };
		expect(noticeHeading(record)).toBe('渝北区市场监督管理局通知（2023年度）');
	});

	test('names every issuer of a joint notice', () => {
		const record = { title: null, issuers: ['甲局', '乙局'], year: 2025, jurisdiction };
		expect(noticeHeading(record)).toBe('甲局、乙局通知（2025年度）');
	});

	test('falls back to the jurisdiction without issuers', () => {
		expect(noticeHeading({ title: null, issuers: [], year: 2025, jurisdiction })).toBe(
			'渝北区通知（2025年度）',
		);
	});
});

describe('noticeLabel', () => {
	test('names the place, the programme year and the heading', () => {
		expect(noticeLabel({ title: '关于申报的通知', issuers: ['甲局'], year: 2023, jurisdiction })).toBe('渝北区 2023年度 · 关于申报的通知');
		expect(noticeLabel({ title: null, issuers: ['甲局'], year: 2023, jurisdiction })).toBe(`渝北区 2023年度 · ${noticeHeading({ title: null, issuers: ['甲局'], year: 2023, jurisdiction })}`);
	});
});
