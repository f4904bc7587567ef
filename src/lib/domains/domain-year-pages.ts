/**
 * A domain's notices one programme year at a time (/domains/<slug>/<year>/), paged
 * (DOMAIN_PAGE_MENTIONS, src/lib/listing/page-sizes.ts): a common domain is named by most calls, so its
 * all-years list would grow with the corpus. Each year also carries where the domain entered or
 * left a jurisdiction's calls (新增, 移出), what /matrix/domains/ counts.
 */
import type { DomainGroup, DomainMention } from './domain-groups.ts';
import type { DomainYearEntry, DomainYears } from './domain-years.ts';
import { paginate } from '../listing/paginate.ts';

/** One domain in one programme year. */
export interface DomainYear {
	year: number;
	/** The notices naming it, newest first, in pages. */
	pages: DomainMention[][];
	/** The number of notices naming it (a notice naming it twice counts once). */
	count: number;
	/** Jurisdictions where it is 新增 or 移出 compared with their previous call. */
	changes: DomainYearEntry[];
}

/**
 * A domain's years, newest first: every year a notice names it or a jurisdiction's call drops it.
 * @param group The domain's mentions (`groupByDomain`).
 * @param table The domain × year view (`domainYears`), for the 新增/移出 marks.
 * @param size The most mentions a page holds.
 */
export function domainYearsOf(group: DomainGroup, table: DomainYears, size: number): DomainYear[] {
	const cells = table.rows.find((row) => row.key === group.key)?.cells ?? [];
	const years = new Set([
		...group.mentions.map((mention) => mention.notice.year),
		...table.years.filter((_, index) => (cells[index] ?? []).some((entry) => entry.mark !== null)),
	]);
	return [...years]
		.sort((a, b) => b - a)
		.map((year) => {
			const mentions = group.mentions.filter((mention) => mention.notice.year === year);
			const cell = cells[table.years.indexOf(year)] ?? [];
			return {
				year,
				pages: paginate(mentions, size),
				count: new Set(mentions.map((mention) => mention.notice.id)).size,
				changes: cell.filter((entry) => entry.mark !== null),
			};
		});
}
