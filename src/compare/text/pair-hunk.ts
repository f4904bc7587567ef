/**
 * Pairs the removed and added units of one hunk, in order: identical ones first (a timed-out diff
 * leaves them there), then, once moves are taken out, reworded ones by similarity.
 */
import { similarity } from '../similarity.ts';
import type { Hunk } from './align-units.ts';
import { unitGrams, type Unit } from './model.ts';
import { PAIR_BAND } from './thresholds.ts';
import { weightedLcs } from './weighted-lcs.ts';

/**
 * Sets `partner` on the units of a hunk that pair: same key, or similarity ≥ `minSimilarity`.
 * Units already paired (moved) are skipped; pairs never cross.
 * @param hunk A hunk of alignUnits.
 * @param minSimilarity 1 pairs identical units only.
 * @example pairHunk({ type: 'hunk', removed: units('报送3份。'), added: units('报送5份。') }, 0.45)
 * // both units now have each other as `partner`
 */
export function pairHunk(hunk: Hunk, minSimilarity: number): void {
	const removed = hunk.removed.filter(isFree);
	const added = hunk.added.filter(isFree);
	const score = (i: number, j: number): number => pairScore(removed[i], added[j], minSimilarity);
	for (const [i, j] of weightedLcs(removed.length, added.length, score, PAIR_BAND)) {
		const a = removed[i];
		const b = added[j];
		if (a === undefined || b === undefined) continue;
		a.partner = b;
		b.partner = a;
	}
}

function isFree(unit: Unit): boolean {
	return unit.partner === undefined;
}

// An identical pair outweighs any two similar ones, so similarity never breaks one up.
function pairScore(a: Unit | undefined, b: Unit | undefined, minSimilarity: number): number {
	if (a === undefined || b === undefined) return 0;
	if (a.key === b.key) return 3;
	if (minSimilarity >= 1) return 0;
	const alike = similarity(unitGrams(a), unitGrams(b));
	return alike >= minSimilarity ? alike : 0;
}
