/**
 * The incremental-build cache key of a page of /matrix/<year>/ (cache-key.ts): what that page
 * shows. The page builds its table from its own columns and the taxonomy alone (noticeMatrix, slugs
 * included), and links every page of its year by label; an edit to a notice re-renders only the page
 * holding its column, unless it moves a column from one page to another.
 */
import type { DomainEntry } from '../../compare/types.ts';
import { propsKey, recordKey } from '../build/cache-key.ts';
import { matrixPageLabel } from './matrix-page-label.ts';
import type { MatrixYear } from './matrix-pages.ts';

/**
 * @param page The page's props, as `yearPagePaths` makes them.
 * @param taxonomy The domain taxonomy the page's domain rows are grouped by.
 * @example matrixPageKey({ year, index: 1 }, taxonomy) // 'k5yG…'
 */
export function matrixPageKey({ year, index }: { year: MatrixYear; index: number }, taxonomy: readonly DomainEntry[]): string {
	const labels = year.pages.map((page, i) => matrixPageLabel(page, i + 1));
	const columns = (year.pages[index]?.notices ?? []).map(({ record }) => recordKey(record));
	return propsKey({ year: year.year, index, labels }, columns, taxonomy);
}
