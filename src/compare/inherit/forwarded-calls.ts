/**
 * Which notices of the corpus a notice forwards (issue 13, point 4): those its file carries (their
 * `embeddedIn` is its id) and the call it names (`forwards`), found by 文号, else by title. Read
 * from records only: ingest found the name, this finds the notice.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';

const LEVELS: readonly NoticeRecord['jurisdiction']['level'][] = ['national', 'provincial', 'municipal', 'district'];

// 文号 and titles as two notices may print them: spacing, book-title marks and a trailing
// remark in brackets ((示例), （2025年度）) differ, the words do not.
const key = (text: string): string => text.replace(/[\s《》]|[（(][^（）()]*[)）]$/gu, '');

/**
 * The notices `record` forwards, the carried ones first; never itself, never a lower level.
 * @param record A notice.
 * @param records All notices.
 * @example forwardedCalls(liaoning2026, records).map((r) => r.id) // ['national-2026-pilot-call']
 */
export function forwardedCalls(record: NoticeRecord, records: readonly NoticeRecord[]): NoticeRecord[] {
	const rank = (r: NoticeRecord) => LEVELS.indexOf(r.jurisdiction.level);
	const others = records.filter((r) => r.id !== record.id && rank(r) <= rank(record));
	const carried = others.filter((r) => r.embeddedIn === record.id);
	const named = record.forwards === null ? undefined : namedCall(record.forwards, others);
	return named === undefined || carried.includes(named) ? carried : [...carried, named];
}

function namedCall(
	forwards: NonNullable<NoticeRecord['forwards']>,
	records: readonly NoticeRecord[],
): NoticeRecord | undefined {
	const { docNumber, title } = forwards;
	const byNumber = docNumber === null ? undefined : records.find((r) => r.docNumber !== null && key(r.docNumber) === key(docNumber));
	return byNumber ?? records.find((r) => r.title !== null && key(r.title) === key(title));
}
