/**
 * The listing pages stay bounded on a corpus of 10,000 notices (the size the site must carry):
 * every page within its limit (src/lib/listing/page-sizes.ts), every notice or deadline on exactly one
 * page, in the order the pages show them.
 */
import { describe, expect, test } from 'vitest';
import { deadlineYears, recentDeadlines } from '../../src/lib/deadlines/deadline-pages.ts';
import { deadlineTimeline } from '../../src/lib/deadlines/deadline-timeline.ts';
import { groupByDomain } from '../../src/lib/domains/domain-groups.ts';
import { domainYearsOf } from '../../src/lib/domains/domain-year-pages.ts';
import { domainYears } from '../../src/lib/domains/domain-years.ts';
import { LEVELS } from '../../src/format/level-label.ts';
import { matrixYears } from '../../src/lib/matrix/matrix-pages.ts';
import {
	DEADLINES_PAGE_ENTRIES,
	DOMAIN_PAGE_MENTIONS,
	MATRIX_PAGE_COLUMNS,
	RECENT_DEADLINES,
} from '../../src/lib/listing/page-sizes.ts';
import type { SubmissionRoute } from '../../src/lib/applicant/submission-route.ts';
import { manyNotices } from './many-notices.ts';
import { taxonomy } from './taxonomy.ts';
import { noticeRecord } from './notice-record.ts';

const records = manyNotices(10_000);
const timeline = deadlineTimeline(records);
const route = {} as SubmissionRoute;
const key = (e: { notice: { id: string }; index: number }) => `${e.notice.id}#${e.index}`;

describe('deadlineYears', () => {
	const years = deadlineYears(timeline, DEADLINES_PAGE_ENTRIES);

	test('puts every deadline on one page, no page over the limit', () => {
		const pages = years.flatMap((year) => year.pages);
		const all = pages.flatMap((page) => [...page.dated, ...page.yearly].map(key));
		expect(all).toHaveLength(timeline.dated.length + timeline.yearly.length);
		expect(new Set(all).size).toBe(all.length);
		for (const page of pages) {
			expect(page.dated.length + page.yearly.length).toBeLessThanOrEqual(DEADLINES_PAGE_ENTRIES);
		}
		expect(years.map((year) => year.count).reduce((a, b) => a + b)).toBe(all.length);
	});

	test('returns years oldest first, dated deadlines in their own year, yearly ones in their notice’s', () => {
		expect(years.map((year) => year.year)).toEqual([...years.map((y) => y.year)].sort());
		for (const { year, pages } of years) {
			for (const page of pages) {
				for (const entry of page.dated) expect(entry.date.slice(0, 4)).toBe(String(year));
				for (const entry of page.yearly) expect(entry.notice.year).toBe(year);
			}
			const dates = pages.flatMap((page) => page.dated.map((entry) => entry.date));
			expect(dates).toEqual([...dates].sort());
		}
	});

	test('never splits a day across pages when it fits on one', () => {
		for (const { pages } of years) {
			pages.slice(1).forEach((page, index) => {
				expect(page.dated[0]?.date).not.toBe(pages[index]?.dated.at(-1)?.date);
			});
		}
	});
});

describe('recentDeadlines', () => {
	const recent = recentDeadlines(timeline, RECENT_DEADLINES);

	test('returns the latest whole days of dated deadlines, within the limit', () => {
		expect(recent.dated.length).toBeGreaterThan(RECENT_DEADLINES / 2);
		expect(recent.dated.length).toBeLessThanOrEqual(RECENT_DEADLINES);
		expect(recent.dated).toEqual(timeline.dated.slice(-recent.dated.length));
		const before = timeline.dated.at(-recent.dated.length - 1);
		expect(recent.dated[0]?.date).not.toBe(before?.date);
	});

	test('returns yearly deadlines of the newest programme years, within the limit, by date', () => {
		expect(recent.yearly.length).toBeGreaterThan(0);
		expect(recent.yearly.length).toBeLessThanOrEqual(RECENT_DEADLINES);
		const newest = Math.max(...timeline.yearly.map((entry) => entry.notice.year));
		expect(recent.yearly.some((entry) => entry.notice.year === newest)).toBe(true);
		const shownYears = new Set(recent.yearly.map((entry) => entry.notice.year));
		const oldestShown = Math.min(...shownYears);
		expect(timeline.yearly.filter((e) => e.notice.year > oldestShown).every((e) => recent.yearly.includes(e))).toBe(true);
	});

	test('returns everything for a small corpus', () => {
		const small = deadlineTimeline(records.slice(0, 20));
		expect(recentDeadlines(small, RECENT_DEADLINES)).toEqual(small);
	});
});

describe('matrixYears', () => {
	const years = matrixYears(
		records.map((record) => ({ record, route })),
		MATRIX_PAGE_COLUMNS,
	);

	test('puts every notice in one column of its year, no page over the limit', () => {
		const ids = years.flatMap((year) => year.pages.flatMap((page) => page.notices.map((n) => n.record.id)));
		expect(ids.sort()).toEqual(records.map((record) => record.id).sort());
		for (const year of years) {
			for (const page of year.pages) {
				expect(page.notices.length).toBeLessThanOrEqual(MATRIX_PAGE_COLUMNS);
				expect(page.notices.every(({ record }) => record.year === year.year)).toBe(true);
			}
		}
		expect(years.map((year) => year.year)).toEqual([...years.map((y) => y.year)].sort().reverse());
	});

	test('gives a year’s national and provincial calls its first page, levels from the top', () => {
		for (const { pages } of years) {
			expect(pages[0]?.levels.map((l) => l.level)).toEqual(['national', 'provincial']);
			const levels = pages.flatMap((page) => page.notices.map((n) => LEVELS.indexOf(n.record.jurisdiction.level)));
			expect(levels).toEqual([...levels].sort());
			for (const page of pages) {
				expect(page.levels.reduce((sum, l) => sum + l.count, 0)).toBe(page.notices.length);
			}
		}
	});

	test('fills a page with whole levels while they fit', () => {
		const notices = ['national', 'provincial', 'municipal'].flatMap((level, l) =>
			Array.from({ length: [1, 3, 4][l] ?? 0 }, (_, i) =>
				noticeRecord({ id: `${level}-${i}`, jurisdiction: { level: level as 'national', name: `${level}${i}` } }),
			),
		);
		const [year] = matrixYears(notices.map((record) => ({ record, route })), 5);
		expect(year?.pages.map((page) => page.levels)).toEqual([
			[{ level: 'national', count: 1 }, { level: 'provincial', count: 3 }],
			[{ level: 'municipal', count: 4 }],
		]);
	});
});

describe('domainYearsOf', () => {
	const table = domainYears(records, taxonomy);
	const groups = groupByDomain(records, taxonomy);

	test('puts every mention on one page of its year, no page over the limit', () => {
		for (const group of groups) {
			const years = domainYearsOf(group, table, DOMAIN_PAGE_MENTIONS);
			const mentions = years.flatMap((year) => year.pages.flat());
			expect(mentions).toHaveLength(group.mentions.length);
			for (const year of years) {
				for (const page of year.pages) {
					expect(page.length).toBeLessThanOrEqual(DOMAIN_PAGE_MENTIONS);
					expect(page.every((mention) => mention.notice.year === year.year)).toBe(true);
				}
			}
		}
	});

	test('returns the years newest first with their 新增 and 移出 places', () => {
		const agriculture = groups.find((group) => group.key === 'agriculture');
		const years = agriculture === undefined ? [] : domainYearsOf(agriculture, table, DOMAIN_PAGE_MENTIONS);
		expect(years.map((year) => year.year)).toEqual([...years.map((y) => y.year)].sort().reverse());
		expect(years[0]?.count).toBeGreaterThan(DOMAIN_PAGE_MENTIONS);
		expect(years[0]?.pages.length).toBeGreaterThan(1);
		expect(years.every((year) => year.changes.every((entry) => entry.mark !== null))).toBe(true);
	});

	test('keeps a year where a place dropped the domain, with no notices', () => {
		const before = noticeRecord({ id: 'a', year: 2025, domains: [{ name: '农业', focus: [] }] });
		const after = noticeRecord({ id: 'b', year: 2026, domains: [{ name: '制造业', focus: [] }] });
		const group = groupByDomain([before, after], taxonomy).find((g) => g.key === 'agriculture');
		const years = group === undefined ? [] : domainYearsOf(group, domainYears([before, after], taxonomy), 10);
		expect(years.map((y) => [y.year, y.count, y.pages.length, y.changes.map((c) => c.mark)])).toEqual([
			[2026, 0, 0, ['removed']],
			[2025, 1, 1, []],
		]);
	});
});
