/**
 * All notices' folded texts in one array of UTF-16 units, whitespace turned into 0, a 0 after
 * each notice: the build then walks one typed array instead of thousands of strings.
 */
import { foldText } from '../fold-text.ts';
import { isBreak } from '../literal-format.ts';

/** The corpus as units, and where each notice starts in them. */
export interface TextUnits {
	units: Uint16Array;
	/** `starts[d]` is the offset of notice d's first unit; `starts[docs]` is the end. */
	starts: Int32Array;
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
		const folded = foldText(text);
		for (let i = 0; i < folded.length; i++) {
			const unit = folded.charCodeAt(i);
			units[at++] = isBreak(unit) ? 0 : unit;
		}
		units[at++] = 0;
	});
	starts[texts.length] = at;
	return { units, starts };
}
