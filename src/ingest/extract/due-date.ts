/**
 * Which dates of a sentence are due dates: the date before 前/止 (于6月15日前, 5月16日(周三)前,
 * 10月25日（含）前, 10月25日17:00前), the date after a closing label (截止时间：…, 不晚于…) and the
 * end of a submission window (申报时间为2月16日至3月16日, 即日起至11月10日). Not due: a date
 * that already happened (已于3月1日前完成) and a date inside a 《…》 title.
 */
import type { DateMatch } from '../../text/dates.ts';

// Between the date and 前: a weekday or （含） in brackets, and a clock time.
const BEFORE =
	/^\s*(?:[（(]\s*(?:含|含当日|含当天|周[一二三四五六日天]|星期[一二三四五六日天])\s*[）)]\s*)*(?:(?:上午|下午|中午|晚上)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|时|点)(?:\s*\d{1,2}\s*分)?\s*|下班)?(?:之前|以前|前(?!后)|止|为止|截止)/;
const AFTER_LABEL = /(?:截止(?:日期|时间|日)?|截至|最迟|最晚|(?:申报|报送|提交|受理|报名|最后)期限|不晚于|不迟于)\s*(?:为|是|到|至)?\s*[：:]?\s*$/;
// The end of a window: 2月16日至3月16日, 即日起至11月10日.
const RANGE_TO = /(?:即日起?|起)?\s*(?:至|到|—|－|-|~|～)\s*$/;
const WINDOW_WORDS = /申报|受理|报送|提交|征集|报名|递交|上报|推荐|接收/;
// A span things happened in (…至…期间发布的标准) or a project runs over is not a window to apply in.
const NOT_WINDOW = /周期|期限|实施期|建设期|有效期|试点期|发布|实施|颁布|批准|立项|获得|完成/;
const HAPPENED_BEFORE = /已(?:经)?(?:于|在)?\s*$/;
const HAPPENED_AFTER = /^[^，。；]{0,12}?已(?:经)?(?:期满|完成|结束|到期)/;
const BOOK_OPEN = '《'.charCodeAt(0);
const BOOK_CLOSE = '》'.charCodeAt(0);

/**
 * Which offsets of a text sit inside a 《…》 book title (after a 《 with no 》 since), computed in
 * one pass: looking back from every date made a sentence of many dates quadratic.
 */
function bookTitleMask(text: string): Uint8Array {
	const inside = new Uint8Array(text.length + 1);
	let open = 0;
	for (let i = 0; i < text.length; i++) {
		inside[i] = open;
		const c = text.charCodeAt(i);
		if (c === BOOK_OPEN) open = 1;
		else if (c === BOOK_CLOSE) open = 0;
	}
	inside[text.length] = open;
	return inside;
}

const RANGE_FROM = /^\s*(?:至|到|—|－|-|~|～)\s*/;

/** Whether the date ends a submission window: 即日起至…, or a date after another date and 至. */
function endsWindow(text: string, d: DateMatch, previous: DateMatch | undefined): boolean {
	const to = RANGE_TO.exec(text.slice(Math.max(0, d.start - 6), d.start));
	if (!to) return false;
	if (/即日/.test(to[0])) return true;
	if (previous?.end !== d.start - to[0].length) return false;
	// The clause of the range: back to the break before its start, on to the break after its end.
	const from = Math.max(text.lastIndexOf('，', previous.start), text.lastIndexOf('。', previous.start), 0);
	const end = text.slice(d.end).search(/[，。；]/);
	const clause = text.slice(from, end < 0 ? text.length : d.end + end);
	return WINDOW_WORDS.test(clause) && !NOT_WINDOW.test(clause);
}

/** Whether the date starts a range (2月16日至3月16日): the start of a window is not due. */
function startsRange(text: string, d: DateMatch, next: DateMatch | undefined): boolean {
	const to = RANGE_FROM.exec(text.slice(d.end, d.end + 4));
	return to !== null && next?.start === d.end + to[0].length;
}

/**
 * The due dates among the dates found in a sentence.
 * @param text the sentence
 * @param dates the dates `findDates` found in it, in order
 * @example dueDates('自即日起至11月10日报送', findDates('自即日起至11月10日报送')).length // 1
 */
export function dueDates(text: string, dates: DateMatch[]): DateMatch[] {
	if (dates.length === 0) return [];
	const inBookTitle = bookTitleMask(text);
	return dates.filter((d, i) => {
		if (inBookTitle[d.start]) return false;
		const before = text.slice(Math.max(0, d.start - 10), d.start);
		const after = text.slice(d.end, d.end + 20);
		if (HAPPENED_BEFORE.test(before) || HAPPENED_AFTER.test(after) || startsRange(text, d, dates[i + 1])) return false;
		return BEFORE.test(after) || AFTER_LABEL.test(before) || endsWindow(text, d, dates[i - 1]);
	});
}
