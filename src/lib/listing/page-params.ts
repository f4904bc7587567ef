/**
 * Route parameters and titles of paged listings (`[...page].astro`): the first page has no
 * number in its URL, the next ones `2`, `3`…
 */
import { t } from '../../i18n/t.ts';

/**
 * The `page` parameter of the page at `index` (from 0).
 * @example pageParam(0) // undefined
 * @example pageParam(1) // '2'
 */
export const pageParam = (index: number): string | undefined =>
	index === 0 ? undefined : String(index + 1);

/**
 * The static paths of a listing paged by year (`[year]/[...page].astro`): one per page of each
 * year, at least one a year (a year with nothing to list still has its page).
 * @param years Each year with its pages.
 * @param params Route parameters every page shares (a domain's `slug`).
 * @param props Props every page shares besides its year and page index.
 * @example yearPagePaths([{ year: 2026, pages: [a, b] }]) // params { year: '2026', page: undefined }, then page '2'
 */
export function yearPagePaths<Y extends { year: number; pages: readonly unknown[] }, P extends object = object>(
	years: readonly Y[],
	params: Record<string, string> = {},
	props?: P,
) {
	return years.flatMap((year) =>
		Array.from({ length: Math.max(1, year.pages.length) }, (_, index) => ({
			params: { ...params, year: String(year.year), page: pageParam(index) },
			props: { ...(props as P), year, index },
		})),
	);
}

/**
 * A paged listing's title: its page number when there is more than one page.
 * @param title The listing's title.
 * @param index The page's index, from 0.
 * @param count How many pages the listing has.
 * @example pagedTitle('2026年度通知对照表', 1, 3) // '2026年度通知对照表（第2页）'
 */
export const pagedTitle = (title: string, index: number, count: number): string =>
	count > 1 ? `${title}（${t('pager.page', { n: index + 1 })}）` : title;
