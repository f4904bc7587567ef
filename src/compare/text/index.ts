/**
 * The text part of comparing two notices: sections aligned by heading and content, sentences
 * aligned within them, reworded sentences redlined word by word, moves found across the notice.
 * Pure and synchronous, without Node or Astro imports, so it runs in a browser Web Worker.
 */
import type { DiffOptions, TextBlock, TextRedline } from '../types.ts';
import { DEFAULT_DIFF_TIMEOUT } from '../word-diff.ts';
import { alignSections, type SectionMatch } from './align-sections.ts';
import { alignUnits, type Hunk, type Slot } from './align-units.ts';
import { blocksToSections } from './blocks-to-sections.ts';
import { findMoves } from './find-moves.ts';
import { pairHunk } from './pair-hunk.ts';
import { CHANGE_MATCH, MOVE_MATCH } from './thresholds.ts';
import { writeSection } from './write-section.ts';
import type { WriteContext } from './write-sentences.ts';

/**
 * The aligned redline of two notices' texts; each side's sentences appear once, in order.
 * @param a The older (reference) notice's blocks.
 * @param b The newer one's.
 * @param options `timeout` in ms for each jsdiff call (default 50); 0 skips every diff.
 * @example compareText(older.blocks, newer.blocks).sections.filter((s) => s.status !== 'equal')
 */
export function compareText(
	a: readonly TextBlock[],
	b: readonly TextBlock[],
	options: DiffOptions = {},
): TextRedline {
	const timeout = options.timeout ?? DEFAULT_DIFF_TIMEOUT;
	const context: WriteContext = { options: { timeout }, fellBack: false };
	const aligned = alignSections(blocksToSections(a), blocksToSections(b)).map((match) => {
		const { slots, fellBack } = slotsOf(match, timeout);
		context.fellBack ||= fellBack;
		return { match, slots };
	});
	pairUnits(aligned.flatMap(({ slots }) => slots.filter((s): s is Hunk => s.type === 'hunk')));
	const sections = aligned.map(({ match, slots }) => writeSection(match, slots, context));
	return { sections, fellBack: context.fellBack };
}

function slotsOf(match: SectionMatch, timeout: number): { slots: Slot[]; fellBack: boolean } {
	const removed = match.a?.units ?? [];
	const added = match.b?.units ?? [];
	if (match.a !== null && match.b !== null) return alignUnits(removed, added, timeout);
	return { slots: [{ type: 'hunk', removed, added }], fellBack: false };
}

/**
 * Identical units in place first, then verbatim moves, then rewordings in place, then near
 * moves: a sentence found verbatim elsewhere is a move, not a rewording of its neighbour.
 */
function pairUnits(hunks: Hunk[]): void {
	for (const hunk of hunks) pairHunk(hunk, 1);
	const removed = hunks.flatMap((h) => h.removed);
	const added = hunks.flatMap((h) => h.added);
	const next = findMoves(removed, added, 1, 1);
	for (const hunk of hunks) pairHunk(hunk, CHANGE_MATCH);
	findMoves(removed, added, MOVE_MATCH, next);
}
