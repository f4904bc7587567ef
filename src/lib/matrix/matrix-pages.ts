/**
 * The notice matrix cut into bounded pages (src/lib/listing/page-sizes.ts): one programme year at a time,
 * columns in the matrix's order (level from the top, then jurisdiction in pinyin order), at most
 * `size` columns a page, a page holding whole levels while they fit. So a year's national and
 * provincial calls share its first page, and its hundreds of cities and districts follow.
 */
import type { Level } from '../../schemas/notice.ts';
import { LEVELS } from '../../format/level-label.ts';
import type { MatrixNotice } from './notice-matrix.ts';
import { paginate } from '../listing/paginate.ts';
import { compareJurisdictions } from '../notices/sort-notices.ts';

/** One page of a year's matrix. */
export interface MatrixPage {
	notices: MatrixNotice[];
	/** How many of its notices each level has, from the top. */
	levels: { level: Level; count: number }[];
}

/** A programme year's matrix, in pages. */
export interface MatrixYear {
	year: number;
	count: number;
	pages: MatrixPage[];
}

const id = ({ record }: MatrixNotice) => record.id;

/** Level, then jurisdiction, then id: the matrix's column order within a year. */
function compareInYear(a: MatrixNotice, b: MatrixNotice): number {
	const place = compareJurisdictions(a.record.jurisdiction, b.record.jurisdiction);
	return place || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
}

function toPage(notices: MatrixNotice[]): MatrixPage {
	const levels = LEVELS.map((level) => ({
		level,
		count: notices.filter(({ record }) => record.jurisdiction.level === level).length,
	}));
	return { notices, levels: levels.filter(({ count }) => count > 0) };
}

/**
 * Every programme year's matrix pages, newest year first.
 * @param notices All notices with their submission routes.
 * @param size The most columns a page holds.
 */
export function matrixYears(notices: readonly MatrixNotice[], size: number): MatrixYear[] {
	const years = [...new Set(notices.map(({ record }) => record.year))].sort((a, b) => b - a);
	return years.map((year) => {
		const members = notices.filter(({ record }) => record.year === year).sort(compareInYear);
		const pages = paginate(members, size, ({ record }) => record.jurisdiction.level);
		return { year, count: members.length, pages: pages.map(toPage) };
	});
}
