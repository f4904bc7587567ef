/**
 * /data/notices.csv: one row per notice, the record's fields flattened into cells. Headers are
 * the record's field names, so the CSV, the JSON and the schema read alike; a list becomes one
 * line per item inside its cell (a spreadsheet shows them in the cell).
 */
import { t } from '../../i18n/t.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { contactLine } from '../../format/contact-line.ts';
import { formatPeriod } from '../../format/format-period.ts';
import { formatSubmissionRoute } from '../applicant/format-submission-route.ts';
import { mainDeadline } from '../deadlines/main-deadline.ts';
import { noticePath } from '../../format/paths.ts';

const lines = (items: readonly string[]): string => items.join('\n');

// One column per entry: header, then how a record fills it.
const COLUMNS: readonly (readonly [string, (r: NoticeRecord) => string])[] = [
	['id', (r) => r.id],
	['title', (r) => r.title ?? ''],
	['issuers', (r) => lines(r.issuers)],
	['docNumber', (r) => r.docNumber ?? ''],
	['issuedOn', (r) => r.issuedOn ?? ''],
	['year', (r) => String(r.year)],
	['jurisdiction.level', (r) => r.jurisdiction.level],
	['jurisdiction.name', (r) => r.jurisdiction.name],
	['jurisdiction.parent', (r) => r.jurisdiction.parent ?? ''],
	['programmes', (r) => lines(r.programmes)],
	['embeddedIn', (r) => r.embeddedIn ?? ''],
	// The call the notice carries out, as it names it; empty when it names none.
	['forwards.title', (r) => r.forwards?.title ?? ''],
	['forwards.docNumber', (r) => r.forwards?.docNumber ?? ''],
	// The submit deadline (src/lib/deadlines/main-deadline.ts); empty when the notice has none.
	['mainDeadline', (r) => mainDeadline(r.deadlines)?.deadline.date ?? ''],
	// Whom it binds: applicant, or recommender when the notice sets no date of the applicant's own.
	['mainDeadline.party', (r) => mainDeadlinePartyOf(r)],
	['deadlines', (r) => lines(r.deadlines.map((d) => `${d.date} ${d.text}`))],
	// Line for line beside `deadlines`: submit, report, evaluate or other.
	['deadlines.kind', (r) => lines(r.deadlines.map((d) => d.kind))],
	// Line for line beside `deadlines`: applicant, recommender, or empty when the clause does not say.
	['deadlines.party', (r) => lines(r.deadlines.map((d) => d.party ?? ''))],
	['quotas', (r) => lines(r.quotas.map((q) => `≤${q.max} ${q.text}`))],
	['domains', (r) => lines(r.domains.map((d) => d.name))],
	['conditions', (r) => lines(r.conditions.map((c) => c.text))],
	['contacts', (r) => lines(r.contacts.map(contactLine))],
	['attachments', (r) => lines(r.attachments.map(attachmentLine))],
	['submission', (r) => lines(formatSubmissionRoute(r.submission))],
	// Who prepares each, then its name: `applicant 申报书`, `recommender 推荐函`.
	['materials', (r) => lines(r.materials.map((m) => `${m.party} ${m.name}`))],
	['period', (r) => (r.period === null ? '' : formatPeriod(r.period))],
	['source.file', (r) => r.source.file],
	['source.sha256', (r) => r.source.sha256],
	['url', (r) => noticePath(r.id)],
];

function mainDeadlinePartyOf(record: NoticeRecord): string {
	const main = mainDeadline(record.deadlines);
	return main === null ? '' : main.forRecommenders ? 'recommender' : 'applicant';
}

function attachmentLine({ no, title }: NoticeRecord['attachments'][number]): string {
	return no === null ? title : `${t('card.attachmentNo', { no })}：${title}`;
}

/**
 * The CSV's rows: the header (field names), then one row per notice in the given order.
 * @param records The notices, already sorted.
 * @example noticeCsvRows([liaoning])[1]?.slice(0, 2)
 * // ['liaoning-2026-pilot-recommendation', '关于组织开展2026年度国家标准化试点项目申报推荐工作的通知']
 */
export function noticeCsvRows(records: readonly NoticeRecord[]): string[][] {
	const rows = records.map((record) => COLUMNS.map(([, cell]) => cell(record)));
	return [COLUMNS.map(([header]) => header), ...rows];
}
