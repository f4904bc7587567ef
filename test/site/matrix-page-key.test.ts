import { describe, expect, it } from 'vitest';
import { matrixPageKey } from '../../src/lib/matrix/matrix-page-key.ts';
import { matrixYears } from '../../src/lib/matrix/matrix-pages.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { noticeRecord } from './notice-record.ts';
import { taxonomy } from './taxonomy.ts';

const district = (id: string, name: string) => noticeRecord({ id, year: 2025, jurisdiction: { level: 'district', name } });
const national = noticeRecord({ id: 'national-2025', year: 2025, jurisdiction: { level: 'national', name: '全国' } });
const base = [national, district('d-a', '和平区'), district('d-b', '南开区')];

/** The keys of 2025's pages, two columns a page: the national call, then 和平区 and 南开区 (a level kept whole). */
const keys = (records: NoticeRecord[], tax = taxonomy) => {
	const [year] = matrixYears(records.map((record) => ({ record })), 2);
	return year!.pages.map((_, index) => matrixPageKey({ year: year!, index }, tax));
};

describe('matrixPageKey', () => {
	it('changes only for the page holding a changed column', () => {
		const before = keys(base);
		expect(before).toHaveLength(2);
		const edited = base.map((r) => (r.id === 'd-b' ? { ...r, issuedOn: '2025-04-01' } : r));
		const after = keys(edited);
		expect(after[0]).toBe(before[0]);
		expect(after[1]).not.toBe(before[1]);
	});

	it('changes for every page when the pager labels do, and when the taxonomy does', () => {
		const before = keys(base);
		// A third district makes a third page, which every page's pager names.
		const after = keys([...base, district('d-c', '河西区')]);
		expect(after[0]).not.toBe(before[0]);
		expect(keys(base, taxonomy.slice(1))[0]).not.toBe(before[0]);
	});
});
