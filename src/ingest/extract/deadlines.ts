/**
 * 截止日期: a date by which someone must act (于6月15日前, 截止日期：2023年5月15日, 每年11月底前).
 * Not a deadline: the issue date, a period, a date inside a document's name (《…》), or a date that
 * already passed (2024年底已经期满). Years come from the notice's own date when not written.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findDates, formatDate, mayHoldDate, resolveYear } from '../text/dates.ts';
import { partOf, withoutNumbering } from './blocks.ts';
import { deadlineKind } from './deadline-kind.ts';
import { addAnchor, blocksOfFile, clauseAround, noticeOf, sentencesOf } from './context.ts';

const BEFORE = /^\s*(?:之前|以前|前|止|为止|截止)/;
const BOOK_OPEN = '《'.charCodeAt(0);
const BOOK_CLOSE = '》'.charCodeAt(0);
const AFTER_LABEL = /(?:截止(?:日期|时间)?|截至|最迟|最晚|期限)\s*(?:为|是|到|至)?\s*[：:]?\s*$/;

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

/** The unified plugin that fills `deadlines`; runs after the issue date and year are known. */
export function remarkNoticeDeadlines() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const reference = notice.issuedOn
			? { year: Number(notice.issuedOn.slice(0, 4)), month: Number(notice.issuedOn.slice(5, 7)) }
			: { year: notice.year ?? new Date().getUTCFullYear(), month: 1 };
		const seen = new Set<string>();
		const deadlines: NonNullable<typeof notice.deadlines> = [];
		for (const block of blocksOfFile(file)) {
			if (partOf(block)) continue;
			const body = withoutNumbering(block);
			if (!mayHoldDate(body.text)) continue;
			for (const sentence of sentencesOf(body, '。！？；')) {
				const dates = findDates(sentence.text);
				const inBookTitle = dates.length > 0 ? bookTitleMask(sentence.text) : null;
				const due = dates.filter((d) => {
					const after = sentence.text.slice(d.end, d.end + 4);
					const before = sentence.text.slice(Math.max(0, d.start - 8), d.start);
					return (BEFORE.test(after) || AFTER_LABEL.test(before)) && !inBookTitle?.[d.start];
				});
				for (const [n, d] of due.entries()) {
					const year = d.year ?? (d.yearly ? null : resolveYear(d.month, reference));
					const date = formatDate({ ...d, year });
					if (!date) continue;
					// Two dates in one sentence (the unit's own and the bureau's): each gets its clause.
					const within = { from: due[n - 1]?.end ?? 0, to: due[n + 1]?.start ?? sentence.text.length };
					const span = due.length > 1 ? clauseAround(sentence, d.start, d.end, within) : sentence;
					// One deadline per date and action: two things due on one day are two deadlines.
					const kind = deadlineKind(span.text);
					if (seen.has(`${date} ${kind}`)) continue;
					seen.add(`${date} ${kind}`);
					addAnchor(file, 'deadline', deadlines.length, span.start, span.start + span.text.length);
					deadlines.push({ date, kind, text: span.text });
				}
			}
		}
		notice.deadlines = deadlines;
	};
}
