/**
 * Aligned units written out as the redline's sentence pairs, each side in its own order: a hunk
 * lists removed units before added ones between pairs, and a move appears twice, removed where
 * it was and added where it went, under one moveId.
 */
import type { DiffOptions, SentencePair } from '../types.ts';
import type { Hunk, Slot } from './align-units.ts';
import type { Unit } from './model.ts';
import { redlinePair } from './redline-pair.ts';

/** The options of the comparison, and whether any word diff fell back so far. */
export interface WriteContext {
	options: DiffOptions;
	fellBack: boolean;
}

/**
 * The sentence pairs of a section's slots, after pairing and move detection.
 * @param slots The section's slots, their units' `partner` and `moveId` set.
 * @param context Options in, `fellBack` out.
 * @example writeSentences([{ type: 'equal', a: 甲, b: 甲 }], context)
 * // [{ status: 'equal', a: '甲。', b: '甲。', parts: null, substantive: false }]
 */
export function writeSentences(slots: readonly Slot[], context: WriteContext): SentencePair[] {
	return slots.flatMap((slot) =>
		slot.type === 'equal' ? [writePair(slot.a, slot.b, context)] : writeHunk(slot, context),
	);
}

function writeHunk(hunk: Hunk, context: WriteContext): SentencePair[] {
	const out: SentencePair[] = [];
	let [i, j] = [0, 0];
	while (i < hunk.removed.length || j < hunk.added.length) {
		const a = hunk.removed[i];
		const b = hunk.added[j];
		// Pairs inside a hunk never cross, so the next paired removal meets its partner here.
		if (a !== undefined && !pairedWithin(a)) {
			out.push(oneSide(a, 'a', context));
			i++;
		} else if (b !== undefined && !pairedWithin(b)) {
			out.push(oneSide(b, 'b', context));
			j++;
		} else if (a !== undefined && b !== undefined && a.partner === b) {
			out.push(writePair(a, b, context));
			[i, j] = [i + 1, j + 1];
		} else throw new RangeError('Cannot write a hunk whose pairs cross');
	}
	return out;
}

function pairedWithin(unit: Unit): boolean {
	return unit.partner !== undefined && unit.moveId === undefined;
}

function writePair(a: Unit, b: Unit, context: WriteContext): SentencePair {
	if (a.text === b.text) return { status: 'equal', a: a.text, b: b.text, parts: null, substantive: false };
	const redline = redlinePair(a, b, context.options);
	context.fellBack ||= redline.fellBack;
	return { status: 'changed', a: a.text, b: b.text, parts: redline.parts, substantive: redline.substantive };
}

/** A removed or added unit, or one half of a move (the added half carries the redline). */
function oneSide(unit: Unit, side: 'a' | 'b', context: WriteContext): SentencePair {
	const text = unit.text;
	if (unit.moveId === undefined || unit.partner === undefined) {
		return side === 'a'
			? { status: 'removed', a: text, b: null, parts: null, substantive: true }
			: { status: 'added', a: null, b: text, parts: null, substantive: true };
	}
	const moveId = unit.moveId;
	if (side === 'a') return { status: 'moved', a: text, b: null, parts: null, substantive: true, moveId };
	const from = unit.partner;
	const redline = from.text === text ? null : redlinePair(from, unit, context.options);
	context.fellBack ||= redline?.fellBack ?? false;
	return { status: 'moved', a: null, b: text, parts: redline?.parts ?? null, substantive: true, moveId };
}
