/**
 * Deadlines as an iCalendar file (RFC 5545), written by ical-generator: one all-day event per
 * deadline, a yearly deadline (每年11月底) as a yearly recurring event within the 建设周期 only
 * (COUNT), every event linking to its notice page (URL). Two builds of the same
 * notices give the same bytes, and importing a newer file updates events instead of adding them:
 * - UID: notice id + fact id (`deadline-1`) @ a fixed domain. A corrected date keeps its UID, so
 *   calendar apps move the event.
 * - DTSTAMP: never the build time; the notice's issue date at 00:00 UTC, or 1 January of its
 *   programme year when the notice has no date.
 */
import ical, {
	ICalCalendarMethod,
	ICalEventRepeatingFreq,
	ICalEventTransparency,
} from 'ical-generator';
import { t } from '../../i18n/t.ts';
import { factId } from '../../schemas/fact.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { effectiveFacts } from '../../compare/inherit/effective-facts.ts';
import { nextOccurrence } from './countdown.ts';
import { deadlineTimeline, type TimelineEntry } from './deadline-timeline.ts';
import { noticeHeading } from '../notices/notice-heading.ts';
import { noticePath } from '../../format/paths.ts';

/** The right-hand side of every UID: reserved (RFC 2606), so it can never clash with a real host. */
export const UID_DOMAIN = 'pilot-notices.invalid';

/** What a calendar file is called and where its events link to. */
export interface CalendarOptions {
	/** The calendar's name in the app (NAME, X-WR-CALNAME). */
	name: string;
	/** The deployed site (Astro's `site`); without it events carry no URL. */
	site?: URL | undefined;
	/** Every notice, for the 建设周期 a notice that states none carries from the call it forwards. */
	all?: readonly NoticeRecord[] | undefined;
}

/**
 * The UID of one deadline's event.
 * @param noticeId The notice's id.
 * @param index The deadline's index in the record.
 * @example deadlineUid('national-2026-pilot-call', 1)
 * // 'national-2026-pilot-call-deadline-1@pilot-notices.invalid'
 */
export function deadlineUid(noticeId: string, index: number): string {
	return `${noticeId}-${factId('deadline', index)}@${UID_DOMAIN}`;
}

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const dayAfter = (day: Date): Date => new Date(day.getTime() + 86_400_000);

// Each list's effective periods by notice id: a notice's yearly deadline is in its own calendar,
// its places' and the site's, and each would otherwise read the calls it forwards again.
const periods = new WeakMap<readonly NoticeRecord[], Map<string, NoticeRecord['period']>>();

function effectivePeriod(notice: NoticeRecord, all: readonly NoticeRecord[]): NoticeRecord['period'] {
	let known = periods.get(all);
	if (known === undefined) {
		known = new Map();
		periods.set(all, known);
	}
	let period = known.get(notice.id);
	if (period === undefined) {
		period = effectiveFacts(notice, all).period?.value ?? null;
		known.set(notice.id, period);
	}
	return period;
}

/**
 * When a yearly deadline first falls and how many times: every year of a 建设周期 given as years
 * (2027—2028: twice from 2027); n times from the first occurrence after the notice for a period of
 * n years; once, at that first occurrence, when neither the notice nor a call it forwards states
 * a period, since a report due "every year of the project" ends with the project (issue 15). The
 * period is the effective one (src/compare/inherit/): a provincial notice rarely restates its
 * call's period, yet its projects run for exactly that period.
 */
function yearlyStart(entry: TimelineEntry, all: readonly NoticeRecord[]): { start: string; count: number } {
	const { notice, date } = entry;
	const period = effectivePeriod(notice, all);
	if (period !== null && 'from' in period && period.to >= period.from) {
		return { start: `${period.from}${date.slice(1)}`, count: period.to - period.from + 1 };
	}
	const start = nextOccurrence(date, notice.issuedOn ?? `${notice.year}-01-01`);
	return { start, count: period !== null && 'years' in period ? Math.max(1, Math.ceil(period.years)) : 1 };
}

/**
 * An iCalendar file of the notices' deadlines, events in timeline order.
 * @param records The notices whose deadlines it holds (one for a notice's own file).
 * @param options The calendar's name and the site's address.
 * @example noticeCalendar([national2026], { name: '…' })
 * // 'BEGIN:VCALENDAR\r\n…UID:national-2026-pilot-call-deadline-1@pilot-notices.invalid\r\n…'
 */
export function noticeCalendar(records: readonly NoticeRecord[], options: CalendarOptions): string {
	const calendar = ical({
		name: options.name,
		prodId: { company: 'pilot-notices', product: t('site.name'), language: 'ZH' },
		method: ICalCalendarMethod.PUBLISH,
	});
	const { dated, yearly } = deadlineTimeline(records);
	for (const entry of [...dated, ...yearly]) {
		const { notice } = entry;
		const repeat = yearly.includes(entry) ? yearlyStart(entry, options.all ?? records) : null;
		const start = utcDay(repeat?.start ?? entry.date);
		const url = options.site && new URL(noticePath(notice.id), options.site).href;
		const heading = t('calendar.notice', { heading: noticeHeading(notice) });
		calendar.createEvent({
			id: deadlineUid(notice.id, entry.index),
			stamp: utcDay(notice.issuedOn ?? `${notice.year}-01-01`),
			start,
			end: dayAfter(start),
			allDay: true,
			summary: t('calendar.summary', {
				place: notice.jurisdiction.name,
				year: notice.year,
				action: entry.action,
			}),
			description: [entry.text, heading, ...(url ? [url] : [])].join('\n'),
			url: url ?? null,
			transparency: ICalEventTransparency.TRANSPARENT,
			repeating: repeat !== null && repeat.count > 1 ? { freq: ICalEventRepeatingFreq.YEARLY, count: repeat.count } : null,
		});
	}
	return calendar.toString();
}
