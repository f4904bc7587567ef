/**
 * 截止日期: a date by which someone must act (于6月15日前, 截止日期：2023年5月15日, 每年11月底前).
 * Not a deadline: the issue date, a period, a date inside a document's name (《…》), or a date that
 * already passed (2024年底已经期满). Years come from the notice's own date when not written.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findDates, formatDate, resolveYear } from '../text/dates.ts';
import { withoutNumbering } from './blocks.ts';
import { addAnchor, blocksOfFile, noticeOf, sentencesOf } from './context.ts';

const BEFORE = /^\s*(?:之前|以前|前|止|为止|截止)/;
const AFTER_LABEL = /(?:截止(?:日期|时间)?|截至|最迟|最晚|期限)\s*(?:为|是|到|至)?\s*[：:]?\s*$/;

function insideBookTitle(text: string, at: number): boolean {
	return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}

/** The unified plugin that fills `deadlines`; runs after the issue date and year are known. */
export function remarkNoticeDeadlines() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const reference = notice.issuedOn
			? { year: Number(notice.issuedOn.slice(0, 4)), month: Number(notice.issuedOn.slice(5, 7)) }
			: { year: notice.year ?? new Date().getUTCFullYear(), month: 1 };
		const seen = new Set<string>();
		const deadlines: Array<{ date: string; text: string }> = [];
		for (const block of blocksOfFile(file)) {
			if (block.node.data?.part) continue;
			for (const sentence of sentencesOf(withoutNumbering(block), '。！？；')) {
				for (const d of findDates(sentence.text)) {
					const after = sentence.text.slice(d.end, d.end + 4);
					const before = sentence.text.slice(Math.max(0, d.start - 8), d.start);
					if (!BEFORE.test(after) && !AFTER_LABEL.test(before)) continue;
					if (insideBookTitle(sentence.text, d.start)) continue;
					const year = d.year ?? (d.yearly ? null : resolveYear(d.month, reference));
					const date = formatDate({ ...d, year });
					if (!date || seen.has(date)) continue;
					seen.add(date);
					addAnchor(file, 'deadline', deadlines.length, sentence.start, sentence.start + sentence.text.length);
					deadlines.push({ date, text: sentence.text });
				}
			}
		}
		notice.deadlines = deadlines;
	};
}
