/**
 * The heading of a notice: its own title, or one derived when the text has no title line
 * (it starts at 各有关单位：).
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { t } from '../../i18n/t.ts';

/**
 * A notice's heading, for its `<h1>`, lists and links.
 * @param record The notice record.
 * @example noticeHeading({ title: null, issuers: ['渝北区市场监督管理局'], year: 2023, … })
 * // → '渝北区市场监督管理局通知（2023年度）'
 */
export function noticeHeading(
	record: Pick<NoticeRecord, 'title' | 'issuers' | 'year' | 'jurisdiction'>,
): string {
	if (record.title !== null) return record.title;
	// Joint notices name every issuer; a record always has a jurisdiction to fall back on.
	const issuer = record.issuers.length > 0 ? record.issuers.join('、') : record.jurisdiction.name;
	return t('notice.derivedTitle', { issuer, year: record.year });
}

/**
 * A notice named among others (the compare picker's lists, a notice's compare links): its place,
 * its programme year and its heading.
 * @param record The notice record.
 * @example noticeLabel(liaoning2026) // '辽宁省 2026年度 · 辽宁省市场监督管理局关于…的通知'
 */
export function noticeLabel(record: Pick<NoticeRecord, 'title' | 'issuers' | 'year' | 'jurisdiction'>): string {
	return `${record.jurisdiction.name} ${t('year.label', { year: record.year })} · ${noticeHeading(record)}`;
}
