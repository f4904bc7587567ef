/**
 * 截止日期: a date by which someone must act (于6月15日前, 截止日期：2023年5月15日, 每年11月底前).
 * Not a deadline: the issue date, a period, a date inside a document's name (《…》), a date that
 * already passed (2024年底已经期满), or a date inside a condition (实施6个月以上（截止日期为8月31日）,
 * the day the months are counted to). Years come from the notice's own date when not written.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findDates, toIsoDate, mayHoldDate, resolveYear } from '../../text/dates.ts';
import { contextText, partOf, withoutNumbering, type Block } from './blocks.ts';
import { deadlineKind } from './deadline-kind.ts';
import { dueDates } from './due-date.ts';
import { referenceOf } from './reference-date.ts';
import { blockSentences } from './body-sentences.ts';
import { addAnchor, blocksOfFile, clauseAround, noticeOf } from './context.ts';

// 申报条件, not 申报条件和程序: a heading that also names the procedure holds its deadlines.
const CONDITION_HEADING = /条件/;
const PROCEDURE_HEADING = /程序|要求|时间|材料|流程|方式|报送|组织/;
const REQUIREMENT = /应|须|需|不得/;
const HAND_IN = /报送|提交|上传|递交|报至|寄送|上报|推荐/;
// 实施6个月以上（截止日期为…）: the date in brackets after a span of time ends the span.
const SPAN_ASIDE = /(?:个月|年|天|日)(?:以上|以内|以下)?[（(][^（()）]*$/;

/**
 * Whether a date of a sentence belongs to a condition rather than setting a deadline: it ends a
 * span of time the applicant must have, or it qualifies a requirement under a 申报条件 heading
 * (a closing paragraph that only sits under that heading keeps its deadline).
 */
function inCondition(block: Block, sentence: string, at: number): boolean {
	const before = sentence.slice(0, at);
	if (SPAN_ASIDE.test(before)) return true;
	const bracketed = /[（(][^（()）]*$/.test(before);
	if (block.parents.length === 0 || (!bracketed && HAND_IN.test(sentence))) return false;
	const headings = contextText(block);
	return CONDITION_HEADING.test(headings) && !PROCEDURE_HEADING.test(headings) && (bracketed || REQUIREMENT.test(sentence));
}

/** The unified plugin that fills `deadlines`; runs after the issue date and year are known. */
export function remarkNoticeDeadlines() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const blocks = blocksOfFile(file);
		const reference = referenceOf(notice.issuedOn, notice.year, blocks);
		const seen = new Set<string>();
		const deadlines: NonNullable<typeof notice.deadlines> = [];
		for (const block of blocks) {
			if (partOf(block)) continue;
			if (!mayHoldDate(withoutNumbering(block).text)) continue;
			for (const sentence of blockSentences(block)) {
				const due = dueDates(sentence.text, findDates(sentence.text)).filter((d) => !inCondition(block, sentence.text, d.start));
				for (const [n, d] of due.entries()) {
					const year = d.year ?? (d.yearly ? null : resolveYear(d.month, reference));
					const date = toIsoDate({ ...d, year });
					if (!date) continue;
					// Two dates in one sentence (the unit's own and the bureau's): each gets its clause.
					const within = { from: due[n - 1]?.end ?? 0, to: due[n + 1]?.start ?? sentence.text.length };
					const span = due.length > 1 ? clauseAround(sentence, d.start, d.end, within) : sentence;
					// One deadline per date and action: two things due on one day are two deadlines. A
					// clause that names no action (省局汇总后于6月30日前上传) takes its sentence's.
					const own = deadlineKind(span.text);
					const kind = own === 'other' && span !== sentence ? deadlineKind(sentence.text) : own;
					if (seen.has(`${date} ${kind}`)) continue;
					seen.add(`${date} ${kind}`);
					addAnchor(file, 'deadline', deadlines.length, span.start, span.start + span.text.length);
					// Who it binds is read once every deadline is known (deadline-party.ts).
					deadlines.push({ date, kind, text: span.text, party: null });
				}
			}
		}
		notice.deadlines = deadlines;
	};
}
