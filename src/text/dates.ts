/**
 * Date expressions in notices: 2026年6月30日, 二〇二六年四月十四日, 2021.6.8, 2021-06-08,
 * 6月15日 (year from context), 5月底 (the month's last day), 每年11月15日 (yearly, `--11-15`),
 * 5月上旬/中旬/下旬 (the 10th, 20th, last day), 2023年底 (31 December) and 20231025日 (a date
 * whose 年 and 月 a page lost).
 */
import { NUMBER_CHARS, parseCjkNumber } from './cjk-number.ts';

/** One date expression found in a text. */
export interface DateMatch {
	/** Offsets of the expression in the searched text. */
	start: number;
	end: number;
	/** The year when written, else null (resolve it with `resolveYear`). */
	year: number | null;
	month: number;
	/** Day of month; for 月底 the month's last day. */
	day: number;
	/** 每年…: the date recurs every year. */
	yearly: boolean;
}

const N = `[${NUMBER_CHARS}]`;
const FULL = new RegExp(
	`(每年)?(?:(${N}{4})\\s*年\\s*(?:度\\s*)?)?(${N}{1,3})\\s*月\\s*(?:(${N}{1,3})\\s*[日号]|(底|末|上旬|中旬|下旬))`,
	'g',
);
const YEAR_END = new RegExp(`(${N}{4})\\s*年\\s*(?:底|末)`, 'g');
// 20231025日: eight digits and 日, as a page that dropped 年 and 月 shows them.
const GLUED = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})日/g;
const NUMERIC = /(?<![\d.])(\d{4})([.\/-])(\d{1,2})\2(\d{1,2})(?![\d.])/g;

/** Last day of a month; `year` null counts February as 28 days... unless it is 29 in a leap year. */
export function lastDayOfMonth(year: number | null, month: number): number {
	return new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();
}

function isValid(year: number | null, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year ?? 2000, month);
}

const NUMERIC_START = /\d{4}[.\/-]|\d{8}日|年\s*[底末]/;

/**
 * Whether a text may hold a date expression: a date in characters has 月 (or 年底), one in digits
 * four digits and a separator (or eight digits and 日). False means `findDates` finds nothing in
 * the text or any part of it, so a caller can skip splitting a paragraph into sentences.
 */
export function mayHoldDate(text: string): boolean {
	return text.includes('月') || NUMERIC_START.test(text);
}

/** The day a 月… phrase names: 15日 → 15, 底/末/下旬 → the last day, 上旬 → 10, 中旬 → 20. */
function dayOf(day: string | undefined, part: string | undefined, year: number | null, month: number): number | null {
	if (part === '上旬') return 10;
	if (part === '中旬') return 20;
	if (part) return lastDayOfMonth(year, month);
	return parseCjkNumber(day!);
}

/** Runs a date pattern over a text, collecting the valid dates `read` makes of its matches. */
function scan(re: RegExp, text: string, out: DateMatch[], read: (m: RegExpExecArray) => Omit<DateMatch, 'start' | 'end'> | null): void {
	// exec on the shared regexes, not matchAll: matchAll clones its regex on every call, and this
	// runs once per sentence. Nothing between the exec calls uses the same regex.
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const d = read(m);
		if (d && isValid(d.year, d.month, d.day)) out.push({ start: m.index, end: m.index + m[0].length, ...d });
	}
}

const inRange = (year: number) => year >= 1949 && year <= 2200;

/**
 * Finds every date expression in a text, in order.
 * @example findDates('于2026年6月30日前')[0] // { start: 1, end: 11, year: 2026, month: 6, day: 30, yearly: false }
 */
export function findDates(text: string): DateMatch[] {
	const out: DateMatch[] = [];
	// A date in characters needs 月, so a text without one skips that scan.
	if (text.includes('月')) {
		scan(FULL, text, out, (m) => {
			const year = m[2] ? parseCjkNumber(m[2]) : null;
			const month = parseCjkNumber(m[3]!);
			const day = month === null ? null : dayOf(m[4], m[5], year, month);
			return month === null || day === null ? null : { year, month, day, yearly: Boolean(m[1]) };
		});
	}
	if (text.includes('年')) {
		scan(YEAR_END, text, out, (m) => {
			const year = parseCjkNumber(m[1]!);
			return year === null ? null : { year, month: 12, day: 31, yearly: false };
		});
	}
	scan(NUMERIC, text, out, (m) => {
		const year = Number(m[1]);
		return inRange(year) ? { year, month: Number(m[3]), day: Number(m[4]), yearly: false } : null;
	});
	if (text.includes('日')) scan(GLUED, text, out, (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), yearly: false }));
	return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date match as the record writes it: ISO `2026-06-30`, or `--11-15` when yearly; null when the
 * year is unknown.
 * @example toIsoDate({ year: 2026, month: 6, day: 30, yearly: false, start: 0, end: 0 }) // '2026-06-30'
 */
export function toIsoDate(date: Pick<DateMatch, 'year' | 'month' | 'day' | 'yearly'>): string | null {
	if (date.yearly) return `--${pad(date.month)}-${pad(date.day)}`;
	if (date.year === null) return null;
	return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * The one date parser: a text that is a date (2026年5月20日, 二〇二六年五月二十日, 每年11月15日) as
 * the record writes it, `2026-05-20` or `--11-15`; null when the text is not one whole date with
 * its year (or 每年). Its inverse is src/format/format-date.ts (formatDeadlineDate).
 * @param text A date as a notice or a person writes it.
 * @example parseDate('每年11月15日') // '--11-15'
 */
export function parseDate(text: string): string | null {
	const trimmed = text.trim();
	const [date, ...others] = findDates(trimmed);
	if (date === undefined || others.length > 0 || date.start !== 0 || date.end !== trimmed.length) return null;
	return toIsoDate(date);
}

/**
 * The year of a date written without one, from the notice's own date: the same year, or the next
 * when the month lies more than two months before the reference month (a notice of November that
 * asks for 1月15日 means next January).
 */
export function resolveYear(month: number, reference: { year: number; month: number }): number {
	return month < reference.month - 2 ? reference.year + 1 : reference.year;
}
