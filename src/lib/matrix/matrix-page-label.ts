/**
 * How a matrix page is named in links: its number and the levels it holds.
 */
import { t } from '../../i18n/t.ts';
import { levelLabel } from '../../format/level-label.ts';
import type { MatrixPage } from './matrix-pages.ts';

/**
 * A matrix page's link text.
 * @param page The page.
 * @param n Its number in its year, from 1.
 * @example matrixPageLabel({ notices, levels: [{ level: 'national', count: 1 }] }, 1) // '第1页（国家级1份）'
 */
export function matrixPageLabel(page: MatrixPage, n: number): string {
	const levels = page.levels.map(({ level, count }) => `${levelLabel(level)}${count}份`);
	return t('matrix.pageLabel', { n, levels: levels.join('、') });
}
