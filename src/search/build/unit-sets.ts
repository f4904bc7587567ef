/**
 * The notices containing each single character, so a one-character query term is exact too.
 */
import type { TextUnits } from './text-units.ts';

/**
 * A bitmap of notices per UTF-16 unit (breaks excluded).
 * @param text The corpus units.
 * @example unitSets(textUnits(['甲', '甲乙'])).get('乙') // Uint8Array [0b10]
 */
export function unitSets(text: TextUnits): Map<string, Uint8Array> {
	const { units, starts } = text;
	const docs = starts.length - 1;
	const sets = new Map<number, Uint8Array>();
	for (let doc = 0; doc < docs; doc++) {
		for (let p = starts[doc] ?? 0; p < (starts[doc + 1] ?? 0); p++) {
			const unit = units[p] ?? 0;
			if (unit === 0) continue;
			let bitmap = sets.get(unit);
			if (bitmap === undefined) sets.set(unit, (bitmap = new Uint8Array(Math.ceil(docs / 8))));
			bitmap[doc >> 3] = (bitmap[doc >> 3] ?? 0) | (1 << (doc & 7));
		}
	}
	return new Map([...sets].sort(([a], [b]) => a - b).map(([unit, bitmap]) => [String.fromCharCode(unit), bitmap]));
}
