/**
 * The incremental-build cache key of /domains/<slug>/ (cache-key.ts): what that page shows, which
 * is the domain's name and kind and, per year, the number of notices and of 新增/移出 marks. Its
 * props carry every mention of the domain and every year's pages of them; keyed on the props, the
 * key wrote out hundreds of records per domain (1 s of a rebuild's keys at 3,000 sources, measured).
 */
import { propsKey } from '../build/cache-key.ts';
import type { DomainGroup } from './domain-groups.ts';
import type { DomainYear } from './domain-year-pages.ts';

/** The number of a year's 新增 or 移出 entries, as the page counts them. */
export const markCount = (year: DomainYear, mark: 'added' | 'removed') => year.changes.filter((entry) => entry.mark === mark).length;

/**
 * @param group The domain (its slug, name and whether it is canonical are shown).
 * @param years Its years as `domainYearsOf` makes them.
 * @example domainPageKey(group, years) // 'k5yG…' (base64url SHA-256)
 */
export function domainPageKey(group: Pick<DomainGroup, 'slug' | 'name' | 'canonical'>, years: readonly DomainYear[]): string {
	return propsKey(
		{ slug: group.slug, name: group.name, canonical: group.canonical },
		years.map((year) => [year.year, year.count, markCount(year, 'added'), markCount(year, 'removed')]),
	);
}
