/**
 * 名额: caps on how many projects may be put forward (每个领域申报不超过3个, 总数不超8个,
 * 可额外再分别推荐2个, 只能申报一次, 控制在5个以内). Targets to reach (3次以上, 90%以上) and periods
 * are not caps. A sentence with one cap is its text; a sentence with several, or a cap said in
 * brackets, gives each its own clause.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { hasCode } from '../../text/chars.ts';
import { NUMBER_CHARS, parseCjkNumber } from '../../text/cjk-number.ts';
import { partOf, withoutNumbering } from './blocks.ts';
import { blockSentences } from './body-sentences.ts';
import { addAnchor, blocksOfFile, clauseAround, noticeOf } from './context.ts';

const N = `[${NUMBER_CHARS}]{1,4}`;
const UNIT = '(?:个|项|家|份|件)';
/** The shapes of a cap, each with the count as its one group. */
const CAP_SHAPES = [
	// 不超过3个, 原则上不超过10项, 最多2家, 限报1项
	`(?:不超过|不超|不多于|不得超过|最多|至多|限报|限推荐|限额)\\s*(${N})\\s*${UNIT}`,
	// 可额外再分别推荐2个
	`(?:额外|另外|另行)(?:再)?(?:分别)?(?:推荐|申报)\\s*(${N})\\s*(?:个|项)`,
	// 推荐名额为3个。
	`(?:推荐|申报)(?:名额)?(?:为)?\\s*(${N})\\s*(?:个|项)(?:项目)?(?=[，。；）]|$)`,
	// 只能申报一次, 仅推荐1个: a count, or a number of times, that is all there is
	`(?:只能|仅能|只可|仅可|只|仅)(?:申报|推荐|申请)\\s*(${N})\\s*(?:次|个|项|家)`,
	// 控制在5个以内
	`(?:控制在|限于|限定在)\\s*(${N})\\s*${UNIT}以内`,
];
const CAP = new RegExp(CAP_SHAPES.join('|'), 'g');

/**
 * What every CAP ends with, a count and its unit: a block without one holds no cap. Written as a
 * unit with a lookbehind, so the engine scans for a few characters, not for the numeral class at
 * every offset (35 times faster over the corpus's blocks).
 */
const COUNTED = new RegExp(`(?<=[${NUMBER_CHARS}]\\s*)[个项家份件次]`);

/** The caps in a sentence: exec on the shared CAP, as matchAll would clone it for every sentence. */
function capsIn(text: string): RegExpExecArray[] {
	const caps: RegExpExecArray[] = [];
	CAP.lastIndex = 0;
	for (let m = CAP.exec(text); m; m = CAP.exec(text)) caps.push(m);
	return caps;
}

/** Whether `at` is inside brackets: a cap said in an aside (（…只能申报一次）) is that aside. */
function inBrackets(text: string, at: number): boolean {
	let depth = 0;
	for (let i = 0; i < at; i++) {
		const c = text.charCodeAt(i);
		if (hasCode('（(', c)) depth++;
		else if (hasCode('）)', c)) depth = Math.max(0, depth - 1);
	}
	return depth > 0;
}

/** The unified plugin that fills `quotas`. */
export function remarkNoticeQuotas() {
	return (_tree: Root, file: VFile) => {
		const quotas: Array<{ text: string; max: number }> = [];
		for (const block of blocksOfFile(file)) {
			if (partOf(block)) continue;
			if (!COUNTED.test(withoutNumbering(block).text)) continue;
			for (const sentence of blockSentences(block, '。！？')) {
				const caps = capsIn(sentence.text);
				for (const [n, cap] of caps.entries()) {
					const max = parseCjkNumber(cap.slice(1).find((g) => g !== undefined)!);
					if (!max || max > 1000) continue;
					const within = { from: n > 0 ? caps[n - 1]!.index + caps[n - 1]![0].length : 0, to: caps[n + 1]?.index ?? sentence.text.length };
					const own = caps.length > 1 || inBrackets(sentence.text, cap.index);
					const span = own ? clauseAround(sentence, cap.index, cap.index + cap[0].length, within) : sentence;
					addAnchor(file, 'quota', quotas.length, span.start, span.start + span.text.length);
					quotas.push({ text: span.text, max });
				}
			}
		}
		noticeOf(file).quotas = quotas;
	};
}
