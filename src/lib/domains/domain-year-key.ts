/**
 * The incremental-build cache key of a page of /domains/<slug>/<year>/ (cache-key.ts): what that
 * page shows, not the domain's other years. A domain named by most calls has a page per year and
 * per 50 mentions; keyed on the whole domain, an edit to any of its notices re-rendered them all.
 */
import { propsKey, recordKey } from '../build/cache-key.ts';
import type { DomainGroup } from './domain-groups.ts';
import type { DomainYear } from './domain-year-pages.ts';

/** One page's props. */
export interface DomainYearPage {
	group: DomainGroup;
	year: DomainYear;
	index: number;
}

/** The notices a page lists, in order: their places' slugs are part of its key. */
export const domainYearNotices = ({ year, index }: DomainYearPage) => (year.pages[index] ?? []).map((mention) => mention.notice);

/**
 * The domain's name and kind; the year's count and number of pages (the pager); this page's
 * mentions (each notice's record, the name as written, its index) and the slugs of their places,
 * which NoticeSummary links; on the first page, the year's 新增/移出 entries.
 * @param page The page's props, as `yearPagePaths` makes them.
 * @param slugs The slugs of its mentions' places, in order (`jurisdictionSlugsOf(domainYearNotices(page))`).
 * @example domainYearKey({ group, year, index: 0 }, ['liaoning-sheng']) // 'k5yG…'
 */
export function domainYearKey({ group, year, index }: DomainYearPage, slugs: readonly string[]): string {
	const mentions = year.pages[index] ?? [];
	const changes = index === 0 ? year.changes.map((entry) => ({ ...entry, notices: entry.notices.map(recordKey) })) : [];
	return propsKey(
		{ slug: group.slug, name: group.name, canonical: group.canonical },
		{ year: year.year, count: year.count, pages: year.pages.length, index },
		// One line a mention, written directly: JSON.stringify's replacer visited every field of
		// every mention again (the lists of the common domains hold hundreds).
		mentions.map((mention) => `${recordKey(mention.notice)} ${mention.index} ${JSON.stringify(mention.domain)}`).join('\n'),
		slugs,
		changes,
	);
}
