/**
 * The conditions (申报条件) facet: requirements paired by how alike they read, each reworded pair
 * with its in-clause redline.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { bigrams, similarity } from '../similarity.ts';
import type { ConditionChange, DiffOptions } from '../types.ts';
import { diffWordsZh } from '../word-diff.ts';
import { isCosmetic } from './cosmetic.ts';
import { inBOrder } from './in-b-order.ts';
import { pairBest, pairWhere } from './pair.ts';

type Condition = NoticeRecord['conditions'][number];

/**
 * The lowest bigram similarity at which two conditions count as one requirement reworded.
 * Measured over every cross-notice pair of the six seed records: the same requirement reworded
 * scores 0.44–0.92 (三年内未发生重大…事故 across two calls: 0.47; 政府重视标准化工作: 0.52), while
 * different requirements sharing the calls' boilerplate (标准化工作基础, 申报主体) score at most
 * 0.39. 0.4 sits in that gap; greedy best-first pairing keeps a loose pair from taking a close
 * one's partner.
 */
export const CONDITION_THRESHOLD = 0.4;

/**
 * Compare two notices' conditions.
 * @param a The conditions of `a`.
 * @param b The conditions of `b`.
 * @param options `timeout` for each word diff.
 * @example compareConditions([{ text: '三年内未发生事故' }], [{ text: '五年内未发生事故' }])[0]?.status // 'changed'
 */
export function compareConditions(
	a: readonly Condition[],
	b: readonly Condition[],
	options: DiffOptions = {},
): ConditionChange[] {
	const gramsA = a.map((c) => bigrams(c.text));
	const gramsB = b.map((c) => bigrams(c.text));
	const pairing = pairWhere(a, b, (x, y) => x.text === y.text);
	pairBest(gramsA, gramsB, similarity, CONDITION_THRESHOLD, pairing);
	return inBOrder(a, b, pairing.edges).map(({ kind, i, j, x, y }) => {
		if (kind !== 'paired') return { status: kind, a: x, b: y, substantive: true, similarity: 0, redline: null };
		if (x.text === y.text) return { status: 'kept', a: x, b: y, substantive: false, similarity: 1, redline: null };
		const score = similarity(gramsA[i] ?? x.text, gramsB[j] ?? y.text);
		const redline = diffWordsZh(x.text, y.text, options).parts;
		return { status: 'changed', a: x, b: y, substantive: !isCosmetic(redline), similarity: score, redline };
	});
}
