/**
 * 报送方式: how a notice wants applications delivered (online systems, mailboxes, paper copies, an
 * electronic copy, the body they go through), each part with the sentence that says so. General
 * rules (which words name a system, a mailbox, paper copies, a lower bureau), never any one
 * notice's wording.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { NoticeRecord } from '../../schemas/notice.ts';
import type { FactKind } from '../types.ts';
import { bodySentences } from './body-sentences.ts';
import { addAnchor, blocksOfFile, noticeOf, type Span } from './context.ts';
import { electronicOf, isDelivery, paperOf } from './submission-paper.ts';
import { mergeSystems, onlineSystems } from './submission-systems.ts';
import { submissionVia } from './submission-via.ts';

type Submission = NoticeRecord['submission'];

const EMAIL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/gu;
// A mailbox is a way to submit only in a sentence that sends something to it.
const SENDS = /发送|报送|提交|发至|发到|材料/u;

/** A part of the route found in a sentence, to anchor. */
type Found = [FactKind, number, Span];

/**
 * The submission route of a notice from its body sentences, and where each part was found.
 * @param record The notice's issuers and jurisdiction, to tell the issuer from a lower bureau.
 * @param sentences The body sentences in reading order.
 * @example submissionOf(tianjin, [{ text: '申报单位盖章后报送区市场监管局。', start: 0 }]).submission.via
 * // { body: '区市场监管局', text: '申报单位盖章后报送区市场监管局。' }
 */
export function submissionOf(
	record: Pick<NoticeRecord, 'issuers' | 'jurisdiction'>,
	sentences: readonly Span[],
): { submission: Submission; found: Found[] } {
	const found: Found[] = [];
	const note = (kind: FactKind, index: number, sentence: Span) => found.push([kind, index, sentence]);
	const delivery = sentences.filter(isDelivery);
	const systems = mergeSystems(sentences.flatMap((sentence) => onlineSystems(sentence.text).map((s) => ({ ...s, sentence }))));
	systems.forEach((s, i) => note('system', i, s.sentence));
	const emails: Submission['emails'] = [];
	for (const sentence of delivery.filter((s) => SENDS.test(s.text))) {
		for (const [address] of sentence.text.matchAll(EMAIL)) {
			if (emails.some((e) => e.address === address)) continue;
			note('mailbox', emails.length, sentence);
			emails.push({ address, text: sentence.text });
		}
	}
	const paper = paperOf(delivery);
	if (paper !== null) note('paper', 0, paper.sentence);
	const electronic = electronicOf(delivery);
	if (electronic !== null) note('electronic', 0, electronic);
	const via = submissionVia(record, sentences);
	if (via !== null) note('via', 0, via.sentence);
	return {
		submission: {
			systems: systems.map(({ name, url, sentence }) => ({ name, url, text: sentence.text })),
			emails,
			paper: paper && { required: paper.required, copies: paper.copies, text: paper.sentence.text },
			electronic: electronic && { text: electronic.text },
			via: via && { body: via.body, text: via.sentence.text },
		},
		found,
	};
}

/** The unified plugin that fills `submission`; runs after the issuers and jurisdiction are known. */
export function remarkNoticeSubmission() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const record = { issuers: notice.issuers ?? [], jurisdiction: notice.jurisdiction! };
		const { submission, found } = submissionOf(record, bodySentences(blocksOfFile(file)));
		for (const [kind, index, s] of found) addAnchor(file, kind, index, s.start, s.start + s.text.length);
		notice.submission = submission;
	};
}
