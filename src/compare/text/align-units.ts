/**
 * The first cut of two aligned sections' units: jsdiff's diffArrays over their keys, which gives
 * runs of identical units and, between them, hunks of removed and added ones still to be paired.
 */
import { diffArrays } from 'diff';
import type { Unit } from './model.ts';

/** Units the same on both sides, or a hunk of units of one side or the other. */
export type Slot = { type: 'equal'; a: Unit; b: Unit } | Hunk;

/** Removed and added units between two runs of equal ones. */
export interface Hunk {
	type: 'hunk';
	removed: Unit[];
	added: Unit[];
}

/**
 * Slots of two unit lists; when the diff runs past `timeout` (or `timeout` is 0), one hunk of
 * everything, which the pairing steps still resolve, only more coarsely.
 * @param a Units of the first notice's section.
 * @param b Units of the second's.
 * @param timeout Milliseconds the array diff may take.
 * @example alignUnits(units('甲。乙。'), units('甲。丙。'), 50).slots
 * // [{ type: 'equal', a: 甲, b: 甲 }, { type: 'hunk', removed: [乙], added: [丙] }]
 */
export function alignUnits(a: Unit[], b: Unit[], timeout: number): { slots: Slot[]; fellBack: boolean } {
	// jsdiff only aborts once the clock passes the deadline, so a 0 would usually still finish.
	const changes = timeout <= 0 ? undefined : diffArrays(a.map(key), b.map(key), { timeout });
	if (changes === undefined) return { slots: hunkOf(a, b), fellBack: true };
	const slots: Slot[] = [];
	let [i, j] = [0, 0];
	for (const change of changes) {
		const count = change.value.length;
		if (change.removed) hunk(slots).removed.push(...a.slice(i, (i += count)));
		else if (change.added) hunk(slots).added.push(...b.slice(j, (j += count)));
		else for (let k = 0; k < count; k++) slots.push(equal(a[i++], b[j++]));
	}
	return { slots, fellBack: false };
}

function key(unit: Unit): string {
	return unit.key;
}

function hunkOf(a: Unit[], b: Unit[]): Slot[] {
	return a.length + b.length === 0 ? [] : [{ type: 'hunk', removed: [...a], added: [...b] }];
}

/** The hunk at the end of `slots`, opened if the last slot is an equal one. */
function hunk(slots: Slot[]): Hunk {
	const last = slots.at(-1);
	if (last?.type === 'hunk') return last;
	const opened: Hunk = { type: 'hunk', removed: [], added: [] };
	slots.push(opened);
	return opened;
}

function equal(a: Unit | undefined, b: Unit | undefined): Slot {
	if (a === undefined || b === undefined) throw new RangeError('Cannot align units past the end');
	a.partner = b;
	b.partner = a;
	return { type: 'equal', a, b };
}
