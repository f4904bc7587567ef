/**
 * 责任方 of a deadline (`deadlines[].party`): who the date binds, from the words before it. 各区
 * 市场监管局于…前报送 binds the recommending bureaus; 承担单位应于…前提交 binds the applicant. A
 * clause without a subject (8月11日前将申报材料报送…) takes its sentence's, else the notice's
 * addressees when the salutation addresses one party only; else null, as for the issuer's own
 * date (学校将统一报送省市场监管局（省局截止时间为3月20日）).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { NoticeRecord, Party } from '../../schemas/notice.ts';
import { findDates } from '../../text/dates.ts';
import { addresseesOf } from './addressee-party.ts';
import type { Block } from './blocks.ts';
import { blocksOfFile, noticeOf } from './context.ts';
import { subjectParty } from './subject-party.ts';

type Context = Pick<NoticeRecord, 'issuers' | 'jurisdiction'>;

/**
 * Who a deadline's clause binds.
 * @param clause The clause that sets the date (`deadlines[].text`).
 * @param sentence The sentence around it (the clause itself when it is the whole sentence).
 * @param addressees The one party the salutation addresses, if any.
 * @param context The notice's issuers and jurisdiction.
 * @example deadlineParty('请各区市场监管局于6月15日前报送', '…', null, tianjin) // 'recommender'
 */
export function deadlineParty(clause: string, sentence: string, addressees: Party | null, context: Context): Party | null {
	const date = findDates(clause)[0]?.start ?? clause.length;
	const at = sentence.indexOf(clause);
	const subject = subjectParty(clause.slice(0, date), context) ?? (at > 0 ? subjectParty(sentence.slice(0, at), context) : null);
	// The issuer's own date binds no one it addresses.
	if (subject === 'issuer') return null;
	return subject ?? addressees;
}

/** The sentence of a block that holds `text`, or the text itself. */
function sentenceOf(blocks: readonly Block[], text: string): string {
	for (const block of blocks) {
		const at = block.text.indexOf(text);
		if (at < 0) continue;
		const from = Math.max(block.text.lastIndexOf('。', at), block.text.lastIndexOf('；', at)) + 1;
		return block.text.slice(from, at + text.length);
	}
	return text;
}

/** The unified plugin that sets each deadline's `party`; runs after the deadlines are found. */
export function remarkNoticeDeadlineParty() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const blocks = blocksOfFile(file);
		const addressees = addresseesOf(blocks);
		const context = { issuers: notice.issuers ?? [], jurisdiction: notice.jurisdiction! };
		notice.deadlines = (notice.deadlines ?? []).map((d) => ({
			...d,
			party: deadlineParty(d.text, sentenceOf(blocks, d.text), addressees, context),
		}));
	};
}
