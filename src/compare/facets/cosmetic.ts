/**
 * Telling a reworded clause from one that only rolled forward: a redline whose changes are years
 * (2025年度 → 2026年度), punctuation (；→。) or spacing says nothing new to an applicant.
 */
import { isRollover } from '../word-diff.ts';
import type { DiffPart } from '../types.ts';

// Punctuation and spacing only: a clause that ends in ； in a list and 。 on its own.
const NOISE_ONLY = /^[\s\p{P}]*$/u;

/**
 * True when a redline changes only years, punctuation and spacing.
 * @param parts A redline.
 * @example isCosmetic(diffWordsZh('2025年度试点；', '2026年度试点。').parts) // true
 */
export function isCosmetic(parts: readonly DiffPart[]): boolean {
	const changed = parts.filter((p) => (p.added === true || p.removed === true) && !NOISE_ONLY.test(p.value));
	return changed.length === 0 || isRollover(changed);
}
