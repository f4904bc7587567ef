import { describe, expect, test } from 'vitest';
import { domainYears } from '../../src/lib/domains/domain-years.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { noticeRecord } from './notice-record.ts';
import { taxonomy } from './taxonomy.ts';

const call = (id: string, year: number, place: string, domains: string[]): NoticeRecord =>
	noticeRecord({
		id,
		year,
		jurisdiction: { level: place === '全国' ? 'national' : 'provincial', name: place },
		domains: domains.map((name) => ({ name, focus: [] })),
	});

const notices = [
	call('n2023', 2023, '全国', ['农业农村领域', '制造业领域']),
	call('n2025', 2025, '全国', ['农业农村领域', '高新技术领域']),
	call('n2026', 2026, '全国', ['高新技术领域', '制造业']),
	call('t2025', 2025, '天津市', ['智慧农业领域']),
	noticeRecord({ id: 'report', year: 2024, jurisdiction: { level: 'national', name: '全国' } }),
];
const view = domainYears(notices, taxonomy);
// Each cell as `place:notice ids:mark`.
const cells = (key: string) =>
	view.rows
		.find((row) => row.key === key)
		?.cells.map((entries) =>
			entries.map(({ jurisdiction, notices: named, mark }) =>
				[jurisdiction.name, named.map((n) => n.id).join('+'), mark ?? ''].join(':'),
			),
		);

describe('domainYears', () => {
	test('returns the years with a call, oldest first; a notice without domains is no call', () => {
		expect(view.years).toEqual([2023, 2025, 2026]);
	});

	test('marks nothing in a jurisdiction’s first call year', () => {
		expect(cells('agriculture')).toEqual([
			['全国:n2023:'],
			['全国:n2025:', '天津市:t2025:'],
			['全国:n2026:removed'],
		]);
	});

	test('marks a domain added against the same jurisdiction’s previous call', () => {
		expect(cells('high-tech')).toEqual([[], ['全国:n2025:added'], ['全国:n2026:']]);
	});

	test('marks a domain that leaves and comes back', () => {
		expect(cells('manufacturing')).toEqual([
			['全国:n2023:'],
			['全国:n2025:removed'],
			['全国:n2026:added'],
		]);
	});

	test('returns rows in the domain order of the domain pages', () => {
		expect(view.rows.map((row) => row.name)).toEqual(['高新技术', '农业农村', '制造业']);
	});
});
