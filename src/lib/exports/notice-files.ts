/**
 * The files every notice has besides its page: its record as open data (/data/notices/<id>.json),
 * what the compare picker reads (/data/compare/<id>.json) and, when it has deadlines, its
 * calendar (/calendars/<id>.ics). A build renders them in packs of a shard of notices
 * (src/pages/notice-files/[shard].pack.ts); `astro dev` serves each from its own route.
 */
import { effectiveFacts, type EffectiveFacts } from '../../compare/inherit/effective-facts.ts';
import type { DomainTaxonomy } from '../../compare/types.ts';
import { t } from '../../i18n/t.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import type { PackFile } from '../build/file-pack.ts';
import { compareDocOf } from '../compare/compare-docs.ts';
import { noticeCalendar } from '../deadlines/notice-calendar.ts';
import type { NoticeEntry } from '../notices/load-notices.ts';
import { formatJson } from './open-data.ts';

/** /data/notices/<id>.json: the record exactly as in /data/notices.json. */
export const recordJson = (record: NoticeRecord): string => formatJson(record);

/** /data/compare/<id>.json: the record, its text blocks and its effective facts, as the picker's worker reads them. */
export const compareJson = (entry: NoticeEntry, facts: EffectiveFacts): string =>
	JSON.stringify({ ...compareDocOf(entry), facts });

/** /calendars/<id>.ics: the notice's deadlines; its carried 建设周期 is read from `all`. */
export function calendarIcs(record: NoticeRecord, all: readonly NoticeRecord[], site: URL | undefined): string {
	const name = t('calendar.noticeName', { place: record.jurisdiction.name, year: record.year });
	return noticeCalendar([record], { name, site, all });
}

/** A notice with what its files depend on besides itself. */
export type NoticeFilesInput = {
	entry: NoticeEntry;
	facts: EffectiveFacts;
};

/**
 * The facts each notice's files read from the others: computed once per build for all packs.
 * @param entries The notices.
 * @param records Their records, in the same order (the build's shared list, loadRecords).
 * @param taxonomy The canonical domains.
 */
export function filesInputs(entries: readonly NoticeEntry[], records: readonly NoticeRecord[], taxonomy: DomainTaxonomy): NoticeFilesInput[] {
	return entries.map((entry) => ({ entry, facts: effectiveFacts(entry.data, records, taxonomy) }));
}

/**
 * Every file of these notices, in their order.
 * @param notices The notices of one shard.
 * @param all Every record (a calendar's carried 建设周期).
 * @param site The site's address (calendars link their notices).
 */
export async function noticeFiles(notices: readonly NoticeFilesInput[], all: readonly NoticeRecord[], site: URL | undefined): Promise<PackFile[]> {
	const files: PackFile[] = [];
	for (const { entry, facts } of notices) {
		const { id } = entry.data;
		files.push({ path: `data/notices/${id}.json`, content: recordJson(entry.data) });
		files.push({ path: `data/compare/${id}.json`, content: compareJson(entry, facts) });
		if (entry.data.deadlines.length > 0) files.push({ path: `calendars/${id}.ics`, content: calendarIcs(entry.data, all, site) });
	}
	return files;
}
