/**
 * 申报途径: how a notice wants applications delivered, read from its record and its text with
 * general rules (which words name a system, a mailbox, paper copies, a lower bureau), never
 * with any one notice's wording.
 */
import { NUMBER_CHARS, parseCjkNumber } from '../../text/cjk-number.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { mergeSystems, onlineSystems, type OnlineSystem } from './submission-systems.ts';
import { submissionVia } from './submission-via.ts';
import { sentencesOf } from '../../text/split-sentences.ts';

/** The ways a notice names for delivering applications. */
export interface SubmissionRoute {
	/** 线上系统: where materials are uploaded or filled in, with the address given. */
	systems: OnlineSystem[];
	/** 电子邮箱 materials are sent to (a contact's mailbox alone is not one). */
	emails: string[];
	/** 纸质材料: null when the text does not mention paper; `required: false` for 不需纸质材料. */
	paper: { required: boolean; copies: number[] } | null;
	/** 电子版: an electronic copy is asked for (by mail, disc or any channel). */
	electronic: boolean;
	/** 逐级推荐: the body applications go through before the issuer, as written. */
	via: string | null;
}

const N = `[${NUMBER_CHARS}]+`;
const NO_PAPER = /(?:不需|无需|无须|不必|不用)要?(?:邮寄|寄送|报送|提交|提供)?纸质[^，。；]*/gu;
const PAPER = new RegExp(`纸质|纸张|打印|邮寄|寄送|一式${N}份`, 'u');
const COPIES = new RegExp(`一式(${N})份|纸质[^，。；]{0,12}?(${N})份`, 'gu');
const ELECTRONIC = /电子版|电子材料|电子文档|电子文件|扫描件|光盘/u;
const EMAIL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/gu;
// A mailbox is a way to submit only in a sentence that sends something to it.
const SENDS = /发送|报送|提交|发至|发到|材料/u;
// A sentence that only offers a form for download says nothing about delivery.
const DOWNLOAD_ONLY = (sentence: string) =>
	/下载/u.test(sentence) && !/上传|提交|报送|寄送|邮寄|发送/u.test(sentence);

// Half-width ;!? too: a web page's copy keeps some (the normalizer widens only those next to Chinese).
const STOPS = '。；;！？!?';

/**
 * A notice's text as sentences, cut by the one splitter (src/text/split-sentences.ts): after
 * 。；！？ (and ;!?) and at line breaks.
 * @param paragraphs The notice's paragraphs.
 * @example toSentences(['一。二；三']) // ['一。', '二；', '三']
 */
export function toSentences(paragraphs: readonly string[]): string[] {
	return paragraphs.flatMap((paragraph) => sentencesOf(paragraph, STOPS).map((sentence) => sentence.text));
}

function paperOf(sentences: readonly string[]): SubmissionRoute['paper'] {
	let refused = false;
	let mentioned = false;
	const copies = new Set<number>();
	for (const sentence of sentences) {
		const rest = sentence.replace(NO_PAPER, () => {
			refused = true;
			return '';
		});
		if (!PAPER.test(rest)) continue;
		mentioned = true;
		for (const m of rest.matchAll(COPIES)) {
			const count = parseCjkNumber(m[1] ?? m[2] ?? '');
			if (count !== null && count > 0) copies.add(count);
		}
	}
	if (mentioned) return { required: true, copies: [...copies] };
	return refused ? { required: false, copies: [] } : null;
}

/**
 * Read the submission route of a notice.
 * @param record The record: its issuers and jurisdiction tell the issuer from a lower bureau.
 * @param paragraphs The notice's text, paragraph by paragraph (structural lines left out).
 * @example submissionRoute(tianjin, ['申报单位在管理信息系统完成注册后，盖章后报送区市场监管局。'])
 * // { systems: [{ name: '管理信息系统', url: null }], emails: [], paper: null,
 * //   electronic: false, via: '区市场监管局' }
 */
export function submissionRoute(
	record: Pick<NoticeRecord, 'issuers' | 'jurisdiction'>,
	paragraphs: readonly string[],
): SubmissionRoute {
	const sentences = toSentences(paragraphs);
	const delivery = sentences.filter((sentence) => !DOWNLOAD_ONLY(sentence));
	const emails = delivery
		.filter((sentence) => SENDS.test(sentence))
		.flatMap((sentence) => sentence.match(EMAIL) ?? []);
	return {
		systems: mergeSystems(sentences.flatMap(onlineSystems)),
		emails: [...new Set(emails)],
		paper: paperOf(delivery),
		electronic: delivery.some((sentence) => ELECTRONIC.test(sentence)),
		via: submissionVia(record, sentences),
	};
}
