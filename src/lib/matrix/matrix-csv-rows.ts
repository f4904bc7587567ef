/**
 * /matrix.csv: one row per notice (issue 15: a spreadsheet sorts and filters rows, and a row must
 * name its notice), with what a bureau compares across notices: id and page address, title,
 * issuer, 文号, place, level, year, programmes, main deadline, quotas and domains. The full record
 * is /data/notices.csv; the matrix pages show the same notices side by side.
 */
import { t } from '../../i18n/t.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { levelLabel } from '../../format/level-label.ts';
import { formatMainDeadline, mainDeadline } from '../deadlines/main-deadline.ts';
import { noticePath } from '../../format/paths.ts';
import { placeLabel } from '../places/place-key.ts';

const lines = (items: readonly string[]): string => items.join('\n');

// One column per entry: header, then how a record fills it (`site` makes the address absolute).
const COLUMNS: readonly (readonly [string, (r: NoticeRecord, site: URL) => string])[] = [
	['id', (r) => r.id],
	['网址', (r, site) => new URL(noticePath(r.id), site).href],
	['标题', (r) => r.title ?? ''],
	['发文机关', (r) => lines(r.issuers)],
	['文号', (r) => r.docNumber ?? ''],
	['地区', (r) => placeLabel(r.jurisdiction)],
	['层级', (r) => levelLabel(r.jurisdiction.level)],
	['年度', (r) => String(r.year)],
	['项目类别', (r) => lines(r.programmes)],
	['截止日期', (r) => {
		const main = mainDeadline(r.deadlines);
		return main === null ? '' : formatMainDeadline(main);
	}],
	['名额', (r) => lines(r.quotas.map((q) => t('chain.quota', { max: q.max, text: q.text })))],
	['领域', (r) => lines(r.domains.map((d) => d.name))],
];

/**
 * The CSV's rows: the header, then one row per notice in the given order.
 * @param records The notices, already in the order to list them.
 * @param site The deployed site, for the page addresses.
 * @example matrixCsvRows([liaoning], new URL('https://example.org/'))[1]?.slice(0, 2)
 * // ['liaoning-2026-pilot-recommendation', 'https://example.org/notices/liaoning-2026-pilot-recommendation/']
 */
export function matrixCsvRows(records: readonly NoticeRecord[], site: URL): string[][] {
	return [COLUMNS.map(([header]) => header), ...records.map((record) => COLUMNS.map(([, cell]) => cell(record, site)))];
}
