/**
 * The word redline of one sentence pair, with its `substantive` flag.
 */
import type { DiffOptions, DiffPart } from '../types.ts';
import { DEFAULT_DIFF_TIMEOUT, diffWordsZh, isRollover, replaceWhole } from '../word-diff.ts';
import type { Unit } from './model.ts';

/** A pair's redline, whether the word diff gave up, and whether the change matters. */
export interface PairRedline {
	parts: DiffPart[];
	fellBack: boolean;
	substantive: boolean;
}

/**
 * Word-diffs `a` into `b` within the timeout. Not substantive when only years rolled forward
 * (isRollover) or only the outline number or spacing differ (an item renumbered after an insertion
 * above it would otherwise flag every item below).
 * @param a The unit in the first notice: its text and its key (no outline number, no spacing).
 * @param b The unit in the second.
 * @param options `timeout` per word diff; 0 replaces the whole sentence at once.
 * @example redlinePair({ text: '（一）申报。', key: '申报。' }, { text: '（二）申报。', key: '申报。' }).substantive // false
 */
export function redlinePair(unitA: Pick<Unit, 'text' | 'key'>, unitB: Pick<Unit, 'text' | 'key'>, options: DiffOptions = {}): PairRedline {
	const [a, b] = [unitA.text, unitB.text];
	const timeout = options.timeout ?? DEFAULT_DIFF_TIMEOUT;
	// jsdiff only aborts once the clock passes the deadline, so a 0 would usually still finish.
	const { parts, fellBack } =
		timeout <= 0 ? { parts: replaceWhole(a, b), fellBack: true } : diffWordsZh(a, b, { timeout });
	const cosmetic = unitA.key === unitB.key || isRollover(parts);
	return { parts, fellBack, substantive: !cosmetic };
}
