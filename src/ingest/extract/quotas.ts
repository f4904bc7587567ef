/**
 * 名额: caps on how many projects may be put forward (每个领域申报不超过3个, 总数不超8个,
 * 可额外再分别推荐2个). Targets to reach (3次以上, 90%以上) and periods are not caps. A sentence
 * with one cap is its text; a sentence with several gives each its own clause.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { NUMBER_CHARS, parseCjkNumber } from '../text/cjk-number.ts';
import { partOf, withoutNumbering } from './blocks.ts';
import { addAnchor, blocksOfFile, clauseAround, noticeOf, sentencesOf } from './context.ts';

const N = `[${NUMBER_CHARS}]{1,4}`;
const CAP = new RegExp(
	`(?:不超过|不超|不多于|不得超过|最多|至多|限报|限推荐|限额)\\s*(${N})\\s*(?:个|项|家|份)|(?:额外|另外|另行)(?:再)?(?:分别)?(?:推荐|申报)\\s*(${N})\\s*(?:个|项)|(?:推荐|申报)(?:名额)?(?:为)?\\s*(${N})\\s*(?:个|项)(?:项目)?(?=[，。；）]|$)`,
	'g',
);

/**
 * What every CAP ends with, a count and its unit: a block without one holds no cap. Written as a
 * unit with a lookbehind, so the engine scans for four characters, not for the numeral class at
 * every offset (35 times faster over the corpus's blocks).
 */
const COUNTED = new RegExp(`(?<=[${NUMBER_CHARS}]\\s*)[个项家份]`);

/** The caps in a sentence: exec on the shared CAP, as matchAll would clone it for every sentence. */
function capsIn(text: string): RegExpExecArray[] {
	const caps: RegExpExecArray[] = [];
	CAP.lastIndex = 0;
	for (let m = CAP.exec(text); m; m = CAP.exec(text)) caps.push(m);
	return caps;
}

/** The unified plugin that fills `quotas`. */
export function remarkNoticeQuotas() {
	return (_tree: Root, file: VFile) => {
		const quotas: Array<{ text: string; max: number }> = [];
		for (const block of blocksOfFile(file)) {
			if (partOf(block)) continue;
			const body = withoutNumbering(block);
			if (!COUNTED.test(body.text)) continue;
			for (const sentence of sentencesOf(body, '。！？')) {
				const caps = capsIn(sentence.text);
				for (const [n, cap] of caps.entries()) {
					const max = parseCjkNumber(cap[1] ?? cap[2] ?? cap[3]!);
					if (!max || max > 1000) continue;
					const within = { from: n > 0 ? caps[n - 1]!.index + caps[n - 1]![0].length : 0, to: caps[n + 1]?.index ?? sentence.text.length };
					const span = caps.length > 1 ? clauseAround(sentence, cap.index, cap.index + cap[0].length, within) : sentence;
					addAnchor(file, 'quota', quotas.length, span.start, span.start + span.text.length);
					quotas.push({ text: span.text, max });
				}
			}
		}
		noticeOf(file).quotas = quotas;
	};
}
