/**
 * How much one listing page may hold, so that no page grows with the corpus. The target: every
 * page under about 60 kB of gzipped HTML at 10,000 notices (about 900 a programme year, 30
 * provinces and hundreds of cities and districts a year), read on a phone. The per-item figures
 * are gzip -9 bytes measured on a build of 1,249 synthetic notices (`npm run corpus -- --count
 * 1000 --seed 1`); a page's chrome (header, footer, navigation) is about 3 kB more.
 */

/**
 * Home: the newest notices (about 35 B each in a list), then links by year and place. Twenty
 * notices is a screen or two on a phone and covers the calls of the last weeks.
 */
export const HOME_LATEST_NOTICES = 20;

/**
 * Matrix: notice columns per page. A column costs about 280 B (its header, ten facet cells, a
 * cell per domain row and its share of the CSV data the filter downloads), so 100 columns are
 * about 28 kB; a year's ~30 provinces and the national calls share its first page. 100 columns
 * are also about as many as anyone scrolls through sideways on a phone.
 */
export const MATRIX_PAGE_COLUMNS = 100;

/**
 * /deadlines/: the latest dated deadlines (about 34 B each). 300 cover the last months of calls
 * at 10,000 notices (about 1,100 deadlines fall in a calendar year), about 10 kB.
 */
export const RECENT_DEADLINES = 300;

/**
 * /deadlines/<year>/: deadlines per page, about 27 kB. A calendar year at 10,000 notices has
 * about 1,100 dated deadlines and 600 yearly ones of its programme year: three pages.
 */
export const DEADLINES_PAGE_ENTRIES = 800;

/**
 * /domains/<slug>/<year>/: notices per page. A mention costs about 44 B (the notice's summary,
 * the name as written, its focus areas); a common domain is named by most of a year's 900 calls,
 * so 500 a page keeps one under 25 kB.
 */
export const DOMAIN_PAGE_MENTIONS = 500;
