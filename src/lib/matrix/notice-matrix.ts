/**
 * The notice matrix (通知对照表): notices as columns, facets as rows, one row per domain. One pure
 * model that both the page and the CSV read, so the two cannot drift apart.
 */
import type { DomainTaxonomy } from '../../compare/types.ts';
import { factId } from '../../schemas/fact.ts';
import type { Level, NoticeRecord } from '../../schemas/notice.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import { groupByDomain } from '../domains/domain-groups.ts';
import { formatPeriod } from '../../format/format-period.ts';
import { formatSubmissionRoute } from '../applicant/format-submission-route.ts';
import { levelLabel, LEVELS } from '../../format/level-label.ts';
import { formatMainDeadline, mainDeadline } from '../deadlines/main-deadline.ts';
import { noticeHeading } from '../notices/notice-heading.ts';
import { placeKey, placeLabel, placeSlugs } from '../places/place-key.ts';
import { compareNames } from '../notices/sort-notices.ts';

/** A notice as a column: what its header shows and what the filters match. */
export interface MatrixColumn {
	id: string;
	/** Short header: `辽宁省 2026年度`. */
	label: string;
	/** The notice's heading (its title or a derived one). */
	heading: string;
	level: Level;
	year: number;
	/** The jurisdiction written out with its parent (沈阳市和平区), the filter's label. */
	jurisdiction: string;
	/** The jurisdiction's slug, the filter's value: `liaoning-sheng`. */
	jurisdictionSlug: string;
}

/** One notice's value in one row. */
export interface MatrixCell {
	/** The value, a line each (quotas, routes); empty when the notice states nothing. */
	lines: string[];
	/** Domain rows only: whether the notice names the domain; `lines` hold its own wording. */
	present?: boolean;
	/** The fact on the notice's page the value comes from: `deadline-1`, `domain-0`. */
	anchor?: string;
}

/** A facet (年度, 名额…) or a domain, with one cell per column. */
export interface MatrixRow {
	key: string;
	label: string;
	cells: MatrixCell[];
}

/** A domain's row: its label is the canonical (or bare) name. */
export interface DomainMatrixRow extends MatrixRow {
	/** The domain page's slug. */
	domainSlug: string;
}

/** The whole matrix. `facets` come first, then `domains` (canonical, then names outside it). */
export interface NoticeMatrix {
	columns: MatrixColumn[];
	facets: MatrixRow[];
	domains: DomainMatrixRow[];
}

/** What the matrix reads of a notice: its record (the route is the record's `submission`). */
export interface MatrixNotice {
	record: NoticeRecord;
}

type Facet = [MessageKey, (notice: MatrixNotice) => MatrixCell];

const count = (n: number): MatrixCell => ({ lines: [String(n)] });
const FACETS: Facet[] = [
	['matrix.year', ({ record }) => ({ lines: [t('year.label', { year: record.year })] })],
	['matrix.level', ({ record }) => ({ lines: [levelLabel(record.jurisdiction.level)] })],
	['matrix.jurisdiction', ({ record }) => ({ lines: [record.jurisdiction.name] })],
	['matrix.issuers', ({ record }) => ({ lines: record.issuers })],
	['matrix.deadline', ({ record }) => deadlineCell(record)],
	['matrix.quotas', ({ record }) => ({ lines: record.quotas.map((quota) => quota.text) })],
	['matrix.period', ({ record: { period } }) => ({ lines: period ? [formatPeriod(period)] : [] })],
	['matrix.route', ({ record }) => ({ lines: formatSubmissionRoute(record.submission) })],
	['matrix.contacts', ({ record }) => count(record.contacts.length)],
	['matrix.attachments', ({ record }) => count(record.attachments.length)],
];

/** The submit deadline, or 原文中未找到 (not 未载明: the notice may set it and the parser missed it). */
function deadlineCell(record: NoticeRecord): MatrixCell {
	const main = mainDeadline(record.deadlines);
	if (main === null) return { lines: [t('fact.notFound')] };
	const anchor = factId('deadline', main.index);
	return { lines: [formatMainDeadline(main)], anchor };
}

/** Columns by level from the top, then newest year, then jurisdiction in pinyin order. */
function compareColumns(a: MatrixColumn, b: MatrixColumn): number {
	const level = LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level);
	const byName = compareNames(a.jurisdiction, b.jurisdiction);
	return level || b.year - a.year || byName || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function toColumn(record: NoticeRecord, slugs: ReadonlyMap<string, string>): MatrixColumn {
	const { name, level } = record.jurisdiction;
	return {
		id: record.id,
		label: t('matrix.columnLabel', { jurisdiction: name, year: record.year }),
		heading: noticeHeading(record),
		level,
		year: record.year,
		jurisdiction: placeLabel(record.jurisdiction),
		jurisdictionSlug: slugs.get(placeKey(record.jurisdiction)) ?? '',
	};
}

/** Each notice with its column, in the matrix's order (`compareColumns`). */
function orderedColumns<Notice extends MatrixNotice>(notices: readonly Notice[]): { notice: Notice; column: MatrixColumn }[] {
	const slugs = placeSlugs(notices.map((notice) => notice.record.jurisdiction));
	return notices.map((notice) => ({ notice, column: toColumn(notice.record, slugs) })).sort((a, b) => compareColumns(a.column, b.column));
}

/**
 * The matrix's columns alone, in its order: what /matrix.csv needs of it, without the facet and
 * domain rows (a cell per notice in every domain row: 0.7 s of a rebuild's paths at 3,000 sources).
 * @param notices Each notice's record, in any order.
 * @example matrixColumns(notices).map((column) => column.id) // the CSV's row order
 */
export function matrixColumns(notices: readonly MatrixNotice[]): MatrixColumn[] {
	return orderedColumns(notices).map(({ column }) => column);
}

/**
 * Build the matrix.
 * @param notices Each notice's record, in any order.
 * @param taxonomy The canonical domains, for the domain rows.
 */
export function noticeMatrix(
	notices: readonly MatrixNotice[],
	taxonomy: DomainTaxonomy,
): NoticeMatrix {
	const ordered = orderedColumns(notices);
	const columns = ordered.map(({ column }) => column);
	const facets = FACETS.map(([key, cell]) => ({
		key,
		label: t(key),
		cells: ordered.map(({ notice }) => cell(notice)),
	}));
	const groups = groupByDomain(
		notices.map(({ record }) => record),
		taxonomy,
	);
	const domains = groups.map((group): DomainMatrixRow => {
		// A group's mentions by notice, once: the CSV has a cell per notice in every domain row.
		const byNotice = Map.groupBy(group.mentions, (mention) => mention.notice.id);
		return {
			key: group.key,
			label: group.name,
			domainSlug: group.slug,
			cells: columns.map(({ id }): MatrixCell => {
				const mentions = byNotice.get(id) ?? [];
				const first = mentions[0];
				if (first === undefined) return { lines: [], present: false };
				const wording = [...new Set(mentions.map((mention) => mention.domain.name))];
				return { lines: wording, present: true, anchor: factId('domain', first.index) };
			}),
		};
	});
	return { columns, facets, domains };
}
