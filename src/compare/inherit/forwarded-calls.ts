/**
 * Which notices of the corpus a notice forwards (issue 13, point 4): those its file carries (their
 * `embeddedIn` is its id) and the call it names (`forwards`), found by 文号, else by title. Read
 * from records only: ingest found the name, this finds the notice.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';

const LEVELS: readonly NoticeRecord['jurisdiction']['level'][] = ['national', 'provincial', 'municipal', 'district'];
const rank = (r: NoticeRecord) => LEVELS.indexOf(r.jurisdiction.level);
/** A call `record` may forward: another notice, of the same level or higher. */
const fitsUnder = (record: NoticeRecord) => (r: NoticeRecord) => r.id !== record.id && rank(r) <= rank(record);

// 文号 and titles as two notices may print them: spacing, book-title marks and a trailing
// remark in brackets ((示例), （2025年度）) differ, the words do not.
const key = (text: string): string => text.replace(/[\s《》]|[（(][^（）()]*[)）]$/gu, '');

/** The records by id, by carrier, by 文号 and by title: every page of a build asks with one list. */
interface ForwardIndex {
	byId: Map<string, NoticeRecord>;
	carriedBy: Map<string, NoticeRecord[]>;
	byNumber: Map<string, NoticeRecord[]>;
	byTitle: Map<string, NoticeRecord[]>;
}

// Built once per list of records: a lookup per notice over all of them made a build of 12,000
// notices and 26,000 comparison pages quadratic.
const indexes = new WeakMap<readonly NoticeRecord[], ForwardIndex>();

function indexOf(records: readonly NoticeRecord[]): ForwardIndex {
	let index = indexes.get(records);
	if (index === undefined) {
		const group = (keyOf: (r: NoticeRecord) => string | null) =>
			Map.groupBy(records.filter((r) => keyOf(r) !== null), (r) => keyOf(r) ?? '');
		index = {
			byId: new Map(records.map((r) => [r.id, r])),
			carriedBy: group((r) => r.embeddedIn),
			byNumber: group((r) => (r.docNumber === null ? null : key(r.docNumber))),
			byTitle: group((r) => (r.title === null ? null : key(r.title))),
		};
		indexes.set(records, index);
	}
	return index;
}

/**
 * A notice of `records` by id (looked up through the same index as the calls).
 * @param id A notice id.
 * @param records All notices.
 */
export function recordById(id: string, records: readonly NoticeRecord[]): NoticeRecord | undefined {
	return indexOf(records).byId.get(id);
}

/**
 * The notices `record` forwards, the carried ones first; never itself, never a lower level.
 * @param record A notice.
 * @param records All notices.
 * @example forwardedCalls(liaoning2026, records).map((r) => r.id) // ['national-2026-pilot-call']
 */
export function forwardedCalls(record: NoticeRecord, records: readonly NoticeRecord[]): NoticeRecord[] {
	const carried = (indexOf(records).carriedBy.get(record.id) ?? []).filter(fitsUnder(record));
	const named = namedCall(record, records);
	return named === undefined || carried.includes(named) ? carried : [...carried, named];
}

/**
 * The notice of `records` that `record.forwards` names (by 文号, else title), if the corpus has it.
 * @param record A notice.
 * @param records All notices.
 * @example namedCall(liaoning2026, records)?.id // 'national-2026-pilot-call'
 */
export function namedCall(record: NoticeRecord, records: readonly NoticeRecord[]): NoticeRecord | undefined {
	return record.forwards === null ? undefined : findNamed(record.forwards, indexOf(records), fitsUnder(record));
}

function findNamed(
	{ docNumber, title }: NonNullable<NoticeRecord['forwards']>,
	index: ForwardIndex,
	fits: (r: NoticeRecord) => boolean,
): NoticeRecord | undefined {
	const byNumber = docNumber === null ? undefined : index.byNumber.get(key(docNumber))?.find(fits);
	return byNumber ?? index.byTitle.get(key(title))?.find(fits);
}

/**
 * Every notice whose facts `record` may carry: the calls it forwards, theirs, and so on, each once.
 * What a notice's effective facts depend on besides itself (a page's cache key names them).
 * @param record A notice.
 * @param records All notices.
 * @example callsAbove(city, records).map((r) => r.id) // ['liaoning-2026-pilot-recommendation', 'national-2026-pilot-call']
 */
export function callsAbove(record: NoticeRecord, records: readonly NoticeRecord[]): NoticeRecord[] {
	const found = new Map<string, NoticeRecord>([[record.id, record]]);
	for (const at of found.values()) {
		for (const call of forwardedCalls(at, records)) if (!found.has(call.id)) found.set(call.id, call);
	}
	return [...found.values()].slice(1);
}
