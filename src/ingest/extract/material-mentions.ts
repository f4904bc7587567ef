/**
 * Where a notice's text names a material, besides its attachments: in 《》 (《某某申请书》), in
 * passing where something is filled in or handed in (在线打印申请表, 以推荐公函形式报送), or as an
 * item of a numbered list of materials (报送…：1．《申请书》；2．实施方案。).
 */
import type { Span } from './context.ts';
import { materialKind } from './material-kind.ts';

/** A material's name and where its sentence names it. */
export interface Mention {
	name: string;
	sentence: Span;
	/** `[at, end)` of the name in the sentence's text. */
	at: number;
	end: number;
}

const QUOTED = /《([^《》]{2,60})》/gu;
const FORM_WORD = /申报书|申请书|申报表|申请表|推荐表|承诺书|任务书|推荐(?:公)?函|汇总表|汇总清单|推荐(?:部门)?意见|公文(?!交换)|证明材料/gu;
// A form word names a material only where something is prepared or handed in: 申报书 in 对申报书内容
// 的真实性负责 or a form's own field label (推荐意见：) is not one.
const PREPARES = /填写|填报|编写|编制|打印|签署|出具|加盖|报送|提交|上传|寄送|邮寄|报至|发送|提供|形式/u;
// 证明材料 of a credit record is the credit report, found on its own (credit-material.ts).
const CREDIT = /信用/u;
// A list of materials opens after a colon with its first number, in a sentence about materials or
// handing them in; its items follow, one a sentence.
const LIST_OPENS = /[：:]\s*1[．.、]/u;
const ABOUT_MATERIALS = /材料|报送|提交|上传|寄送|邮寄/u;
const ITEM = /^\d+[．.、]\s*《?([^《》；;。]{2,40}?)》?[；;。]?$/u;

/**
 * The forms named in 《》, in reading order (titles of notices, rules or plans left out).
 * @example quotedForms([{ text: '填写《某某申请书》后报送。', start: 0 }]).map((m) => m.name) // ['某某申请书']
 */
export function quotedForms(sentences: readonly Span[]): Mention[] {
	return sentences.flatMap((sentence) =>
		[...sentence.text.matchAll(QUOTED)]
			.filter((m) => materialKind(m[1]!) !== null)
			.map((m) => ({ name: m[1]!, sentence, at: m.index, end: m.index + m[0].length })),
	);
}

/**
 * The forms named in passing in sentences that prepare or hand something in.
 * @example passingForms([{ text: '在线打印申请表，一式三份。', start: 0 }]).map((m) => m.name) // ['申请表']
 */
export function passingForms(sentences: readonly Span[]): Mention[] {
	return sentences.flatMap((sentence) => {
		if (!PREPARES.test(sentence.text)) return [];
		return [...sentence.text.matchAll(FORM_WORD)]
			.filter((m) => m[0] !== '证明材料' || !CREDIT.test(sentence.text))
			.map((m) => ({ name: m[0], sentence, at: m.index, end: m.index + m[0].length }));
	});
}

// A lead-in the splitter cut off before its first item (将申报材料报送…办公室： | 1．…).
const LEAD_IN = /[：:]$/u;

/**
 * The items of numbered lists of materials: the rest of the sentence after `：1．`, or the
 * sentences after a lead-in ending in `：`, then each following sentence that is the next
 * numbered item.
 * @example listedItems([{ text: '将申报材料报送：1．《某某申请书》；', start: 0 }, { text: '2．某某实施方案。', start: 20 }]).map((m) => m.name)
 * // ['某某申请书', '某某实施方案']
 */
export function listedItems(sentences: readonly Span[]): Mention[] {
	const out: Mention[] = [];
	let next = 0;
	for (const sentence of sentences) {
		if (ABOUT_MATERIALS.test(sentence.text) && LEAD_IN.test(sentence.text)) {
			next = 1;
			continue;
		}
		const opens = ABOUT_MATERIALS.test(sentence.text) ? LIST_OPENS.exec(sentence.text) : null;
		const text = opens ? sentence.text.slice(opens.index + 1).trimStart() : sentence.text;
		const item = ITEM.exec(text);
		const numbered = Number(/^\d+/u.exec(text)?.[0]);
		if (item === null || (opens === null && numbered !== next)) {
			next = 0;
			continue;
		}
		const at = sentence.text.length - text.length + text.indexOf(item[1]!);
		out.push({ name: item[1]!.trim(), sentence, at, end: at + item[1]!.length });
		next = numbered + 1;
	}
	return out;
}
