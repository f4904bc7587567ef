import { describe, expect, it } from 'vitest';
import { domainYearKey, domainYearNotices, type DomainYearPage } from '../../src/lib/domains/domain-year-key.ts';
import { groupByDomain } from '../../src/lib/domains/domain-groups.ts';
import { domainYearsOf } from '../../src/lib/domains/domain-year-pages.ts';
import { domainYears } from '../../src/lib/domains/domain-years.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { noticeRecord, type NoticeRecordInput } from './notice-record.ts';
import { taxonomy } from './taxonomy.ts';

const agriculture = [{ name: '农业农村', focus: [] }];
const liaoning = (year: number) => noticeRecord({ id: `liaoning-${year}`, year, domains: agriculture });
const tianjin = (year: number) => noticeRecord({ id: `tianjin-${year}`, year, jurisdiction: { level: 'provincial', name: '天津市' }, domains: agriculture });
const base = [liaoning(2025), tianjin(2025), liaoning(2026)];

/** 农业农村's pages by year, one mention a page: 2026, then 2025's two pages. */
function pages(records: NoticeRecord[]): Map<string, DomainYearPage> {
	const [group] = groupByDomain(records, taxonomy);
	const years = domainYearsOf(group!, domainYears(records, taxonomy), 1);
	return new Map(years.flatMap((year) => year.pages.map((_, index) => [`${year.year}/${index}`, { group: group!, year, index }] as const)));
}
const keys = (records: NoticeRecord[], slug = (id: string) => `slug-of-${id}`) =>
	new Map([...pages(records)].map(([at, page]) => [at, domainYearKey(page, domainYearNotices(page).map((r) => slug(r.id)))]));

describe('domainYearKey', () => {
	it('changes only for the page listing a changed notice, not the domain’s other years', () => {
		const before = keys(base);
		expect([...before.keys()]).toEqual(['2026/0', '2025/0', '2025/1']);
		const after = keys(base.map((r) => (r.id === 'liaoning-2026' ? { ...r, issuedOn: '2026-03-01' } : r)));
		expect(after.get('2026/0')).not.toBe(before.get('2026/0'));
		expect(after.get('2025/0')).toBe(before.get('2025/0'));
		expect(after.get('2025/1')).toBe(before.get('2025/1'));
	});

	it('changes when the slug of a listed notice’s place does', () => {
		const before = keys(base);
		const after = keys(base, (id) => (id === 'liaoning-2026' ? 'liaoning-sheng-2' : `slug-of-${id}`));
		expect(after.get('2026/0')).not.toBe(before.get('2026/0'));
		expect(after.get('2025/0')).toBe(before.get('2025/0'));
	});

	it('names the notices of its own page only, whose places it keys', () => {
		const byPage = [...pages(base).values()].map((page) => domainYearNotices(page).map((r) => r.id));
		expect(byPage.map((ids) => ids.length)).toEqual([1, 1, 1]);
		expect(byPage.flat().sort()).toEqual(['liaoning-2025', 'liaoning-2026', 'tianjin-2025']);
	});
});

describe('domainYearKey of a mention', () => {
	it('changes with the name as written or its index in the record, and stays for the same record rebuilt', () => {
		const page = (record: NoticeRecord) => pages([record]).get('2026/0')!;
		const key = (record: NoticeRecord) => domainYearKey(page(record), ['liaoning-sheng']);
		const naming = (domains: NonNullable<NoticeRecordInput['domains']>) => noticeRecord({ id: 'liaoning-2026', year: 2026, domains });
		const record = naming(agriculture);
		expect(key(naming(agriculture))).toBe(key(record));
		expect(key(naming([{ name: '农业农村', focus: ['智慧农业'] }]))).not.toBe(key(record));
		expect(key(naming([{ name: '文化旅游', focus: [] }, ...agriculture]))).not.toBe(key(record));
	});
});
