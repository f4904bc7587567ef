/**
 * 纸质材料 and 电子版: whether a notice wants paper copies (and how many), or says none are needed,
 * and whether it asks for an electronic copy; each with the sentence that says so.
 */
import { NUMBER_CHARS, parseCjkNumber } from '../../text/cjk-number.ts';
import type { Span } from './context.ts';

const N = `[${NUMBER_CHARS}]+`;
const NO_PAPER = /(?:不需|无需|无须|不必|不用)要?(?:邮寄|寄送|报送|提交|提供)?纸质[^，。；]*/gu;
const PAPER = new RegExp(`纸质|纸张|打印|邮寄|寄送|一式${N}份`, 'u');
const COPIES = new RegExp(`一式(${N})份|纸质[^，。；]{0,12}?(${N})份`, 'gu');
const ELECTRONIC = /电子版|电子材料|电子文档|电子文件|扫描件|光盘/u;
// A sentence that only offers a form for download says nothing about delivery.
const DOWNLOAD_ONLY = /下载/u;
const DELIVERS = /上传|提交|报送|寄送|邮寄|发送/u;

/**
 * Whether a sentence says something about delivery: not one that only offers a form for download.
 * @example isDelivery('申报书电子版可在网站下载。') // false
 */
export function isDelivery(sentence: Span): boolean {
	return !DOWNLOAD_ONLY.test(sentence.text) || DELIVERS.test(sentence.text);
}

/** Paper as the notice asks for it, and the sentence: the first that gives copies, else the first that mentions paper. */
export interface PaperMention {
	required: boolean;
	copies: number[];
	sentence: Span;
}

/**
 * Paper copies over a notice's delivery sentences: every count stated (一式三份, 纸质材料（1份）),
 * `required: false` when the only mention says none is needed; null when paper is not mentioned.
 * @param sentences The notice's delivery sentences in reading order.
 * @example paperOf([{ text: '申请表一式三份。', start: 0 }]) // { required: true, copies: [3], sentence }
 */
export function paperOf(sentences: readonly Span[]): PaperMention | null {
	let refusal: Span | null = null;
	let mention: Span | null = null;
	let counted: Span | null = null;
	const copies = new Set<number>();
	for (const sentence of sentences) {
		const rest = sentence.text.replace(NO_PAPER, () => {
			refusal ??= sentence;
			return '';
		});
		if (!PAPER.test(rest)) continue;
		mention ??= sentence;
		for (const m of rest.matchAll(COPIES)) {
			const count = parseCjkNumber(m[1] ?? m[2] ?? '');
			if (count === null || count <= 0) continue;
			copies.add(count);
			counted ??= sentence;
		}
	}
	if (mention !== null) return { required: true, copies: [...copies], sentence: counted ?? mention };
	return refusal === null ? null : { required: false, copies: [], sentence: refusal };
}

/**
 * The first delivery sentence that asks for an electronic copy (by mail, disc or any channel).
 * @example electronicOf([{ text: '材料（包括纸质件和电子版）报送。', start: 0 }])?.text // '材料（包括纸质件和电子版）报送。'
 */
export function electronicOf(sentences: readonly Span[]): Span | null {
	return sentences.find((sentence) => ELECTRONIC.test(sentence.text)) ?? null;
}
