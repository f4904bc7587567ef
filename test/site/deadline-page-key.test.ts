import { describe, expect, it } from 'vitest';
import { deadlinePageKey } from '../../src/lib/deadlines/deadline-page-key.ts';
import { deadlineYears } from '../../src/lib/deadlines/deadline-pages.ts';
import { deadlineTimeline } from '../../src/lib/deadlines/deadline-timeline.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { noticeRecord } from './notice-record.ts';

const notice = (id: string, date: string) => noticeRecord({ id, year: 2026, deadlines: [{ date, text: `${date}前报送申报材料` }] });
const base = [notice('a', '2026-03-31'), notice('b', '2026-05-31'), notice('c', '2026-06-30')];

/** The keys of 2026's pages, two deadlines a page: a and b, then c. */
const keys = (records: NoticeRecord[]) => {
	const [year] = deadlineYears(deadlineTimeline(records), 2);
	return year!.pages.map((_, index) => deadlinePageKey({ year: year!, index }));
};

describe('deadlinePageKey', () => {
	it('changes only for the page listing a changed notice', () => {
		const before = keys(base);
		expect(before).toHaveLength(2);
		const after = keys(base.map((r) => (r.id === 'c' ? { ...r, title: '关于申报标准化试点的补充通知' } : r)));
		expect(after[0]).toBe(before[0]);
		expect(after[1]).not.toBe(before[1]);
	});

	it('changes for every page when a page starts on another date, which the pager names', () => {
		const before = keys(base);
		const after = keys(base.map((r) => (r.id === 'c' ? notice('c', '2026-06-15') : r)));
		expect(after[0]).not.toBe(before[0]);
	});
});
