/**
 * All notices' folded texts in one array of UTF-16 units, whitespace turned into 0, a 0 after
 * each notice: the build then walks one typed array instead of thousands of strings. Each unit
 * also gets a rank among the distinct units of the corpus (a few thousand), so that a pair of
 * units or a gram and a unit make a number below 2^30, which V8 keeps as a small integer: keys
 * of 2^32 and more were heap numbers, a third of the build's time went to collecting them.
 */
import { foldUnit } from '../fold-text.ts';
import { isBreak } from '../literal-format.ts';

/** The corpus as units, and where each notice starts in them. */
export interface TextUnits {
	units: Uint16Array;
	/** `starts[d]` is the offset of notice d's first unit; `starts[docs]` is the end. */
	starts: Int32Array;
	/** `ranks[u]`: 0, 1, … for the units the corpus holds, in the order of their codes; -1 for others and breaks. */
	ranks: Int32Array;
	/** How many distinct units the corpus holds. */
	distinct: number;
}

/**
 * Fold and join texts.
 * @param texts Each notice's indexed text, in notice-number order.
 * @example textUnits(['甲 乙']).units // Uint16Array [30002, 0, 20057, 0]
 */
export function textUnits(texts: readonly string[]): TextUnits {
	const total = texts.reduce((sum, text) => sum + text.length + 1, 0);
	const units = new Uint16Array(total);
	const starts = new Int32Array(texts.length + 1);
	let at = 0;
	texts.forEach((text, doc) => {
		starts[doc] = at;
		for (let i = 0; i < text.length; i++) {
			const unit = foldUnit(text.charCodeAt(i));
			units[at++] = isBreak(unit) ? 0 : unit;
		}
		units[at++] = 0;
	});
	starts[texts.length] = at;
	const ranks = new Int32Array(0x10000).fill(-1);
	for (const unit of units) ranks[unit] = 0;
	ranks[0] = -1;
	let distinct = 0;
	for (let unit = 1; unit < ranks.length; unit++) if (ranks[unit] === 0) ranks[unit] = distinct++;
	return { units, starts, ranks, distinct };
}
