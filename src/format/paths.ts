/**
 * The site's URLs, in one place so pages and links agree. Every page is a folder (trailing /).
 */

// Vite sets import.meta.env; plain Node (benchmarks, scripts) has none and serves from the root.
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** @example noticePath('tianjin-2025-pilot-call') // '/notices/tianjin-2025-pilot-call/' */
export const noticePath = (id: string): string => `${base}notices/${id}/`;

/** @example jurisdictionPath('liaoning-sheng') // '/jurisdictions/liaoning-sheng/' */
export const jurisdictionPath = (slug: string): string => `${base}jurisdictions/${slug}/`;

/** @example yearPath(2026) // '/years/2026/' */
export const yearPath = (year: number): string => `${base}years/${year}/`;

/** @example domainPath('nongyenongcun') // '/domains/nongyenongcun/' */
export const domainPath = (slug: string): string => `${base}domains/${slug}/`;

/**
 * A site path (`/`, `/years/`), with the base the site is deployed under.
 * @example sitePath('years/') // '/years/'
 */
export const sitePath = (path: string): string => `${base}${path.replace(/^\//, '')}`;

/** @example comparePath('national-2025', 'liaoning-2025') // '/compare/national-2025/liaoning-2025/' (pre-rendered pairs only) */
export const comparePath = (a: string, b: string): string => `${base}compare/${a}/${b}/`;

/**
 * The compare picker, with one or both notices chosen; with both it compares them on load.
 * @example pickerPath('national-2025', 'liaoning-2025') // '/compare/?a=national-2025&b=liaoning-2025'
 */
export const pickerPath = (a: string, b?: string): string =>
	`${base}compare/?a=${encodeURIComponent(a)}${b === undefined ? '' : `&b=${encodeURIComponent(b)}`}`;

/** @example calendarPath('tianjin-2025-pilot-call') // '/calendars/tianjin-2025-pilot-call.ics' */
export const calendarPath = (id: string): string => `${base}calendars/${id}.ics`;

/** @example dataPath('tianjin-2025-pilot-call') // '/data/notices/tianjin-2025-pilot-call.json' */
export const dataPath = (id: string): string => `${base}data/notices/${id}.json`;

/**
 * Page `n` of a paged listing at `path`: the first page is `path` itself, the next ones `<path><n>/`.
 * @example pagedPath('/matrix/2026/', 1) // '/matrix/2026/'
 * @example pagedPath('/matrix/2026/', 2) // '/matrix/2026/2/'
 */
export const pagedPath = (path: string, n: number): string => (n <= 1 ? path : `${path}${n}/`);

/** @example matrixPath(2026, 2) // '/matrix/2026/2/' */
export const matrixPath = (year: number, page = 1): string =>
	pagedPath(`${base}matrix/${year}/`, page);

/** @example deadlinesPath(2026) // '/deadlines/2026/' */
export const deadlinesPath = (year: number, page = 1): string =>
	pagedPath(`${base}deadlines/${year}/`, page);

/** @example domainYearPath('agriculture', 2026) // '/domains/agriculture/2026/' */
export const domainYearPath = (slug: string, year: number, page = 1): string =>
	pagedPath(`${base}domains/${slug}/${year}/`, page);

/** @example reviewYearPath(2025) // '/review/2025/' */
export const reviewYearPath = (year: number): string => `${base}review/${year}/`;

/** @example dataYearPath(2026) // '/data/2026/' */
export const dataYearPath = (year: number): string => `${base}data/${year}/`;

/** @example feedPath() // '/feed.xml': every notice, newest first */
export const feedPath = (): string => `${base}feed.xml`;

/** @example placeFeedPath('liaoning-sheng') // '/feeds/places/liaoning-sheng.xml' */
export const placeFeedPath = (slug: string): string => `${base}feeds/places/${slug}.xml`;

/** @example domainFeedPath('agriculture') // '/feeds/domains/agriculture.xml' */
export const domainFeedPath = (slug: string): string => `${base}feeds/domains/${slug}.xml`;

/** @example placeCalendarPath('liaoning-sheng') // '/calendars/places/liaoning-sheng.ics' */
export const placeCalendarPath = (slug: string): string => `${base}calendars/places/${slug}.ics`;

/** @example sourcePath('tianjin-2025-pilot-call.pdf') // '/sources/tianjin-2025-pilot-call.pdf' */
export const sourcePath = (file: string): string => `${base}sources/${encodeURIComponent(file)}`;
