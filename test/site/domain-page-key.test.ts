import { describe, expect, it } from 'vitest';
import { domainPageKey } from '../../src/lib/domains/domain-page-key.ts';
import { groupByDomain } from '../../src/lib/domains/domain-groups.ts';
import { domainYearsOf } from '../../src/lib/domains/domain-year-pages.ts';
import { domainYears } from '../../src/lib/domains/domain-years.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { noticeRecord } from './notice-record.ts';
import { taxonomy } from './taxonomy.ts';

const agriculture = [{ name: '农业农村', focus: [] }];
const liaoning = (year: number) => noticeRecord({ id: `liaoning-${year}`, year, domains: agriculture });
const tianjin = (year: number) => noticeRecord({ id: `tianjin-${year}`, year, jurisdiction: { level: 'provincial', name: '天津市' }, domains: agriculture });
const base = [liaoning(2025), tianjin(2025), liaoning(2026)];

/** The key of 农业农村's page (/domains/<slug>/) over these records. */
function key(records: NoticeRecord[]): string {
	const [group] = groupByDomain(records, taxonomy);
	return domainPageKey(group!, domainYearsOf(group!, domainYears(records, taxonomy), 50));
}

describe('domainPageKey', () => {
	it('stays for an edit to a listed notice that the page does not show', () => {
		expect(key(base.map((r) => (r.id === 'liaoning-2026' ? { ...r, issuedOn: '2026-03-01', title: '另一个标题' } : r)))).toBe(key(base));
	});

	it('changes with a year’s count or a new year', () => {
		expect(key(base.filter((r) => r.id !== 'tianjin-2025'))).not.toBe(key(base));
		expect(key([...base, liaoning(2027)])).not.toBe(key(base));
	});

	it('changes when a notice stops naming the domain (移出 in its place’s next call)', () => {
		const dropped = [...base, noticeRecord({ id: 'liaoning-2027', year: 2027, domains: [{ name: '文化旅游', focus: [] }] })];
		const named = [...base, liaoning(2027)];
		expect(key(dropped)).not.toBe(key(named));
	});
});
