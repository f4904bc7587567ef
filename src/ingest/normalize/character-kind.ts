/**
 * Classifies the characters on either side of a space or an ASCII punctuation mark, for the rules
 * that decide by their neighbours (pdf-spaces, halfwidth-punctuation). Works on code points, so a
 * CJK Extension B character (two UTF-16 units) counts as Han.
 */

/** What a neighbour is to the spacing and punctuation rules; `digit` includes `%`. */
export type CharacterKind = 'han' | 'punctuation' | 'digit' | 'latin' | 'other' | 'none';

const HAN = /^\p{Script=Han}$/u;

// Full-width punctuation that carries its own spacing: CJK symbols (、。〈〉《》「」『』【】〔〕…),
// the full-width forms block (！（），．：；？［］｛｝～ and half-width ｡｢｣､･) and curly quotes.
// Not — or …: Latin text uses them too.
const PUNCTUATION = new RegExp(
	String.raw`^[\u3001-\u3003\u3008-\u3011\u3014-\u301f` +
		String.raw`\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d]$`,
);

/**
 * Classifies the code point that starts at `index`.
 * @param text Any text.
 * @param index A UTF-16 offset; past the end gives `'none'`.
 * @returns The kind of character found there.
 * @example
 * characterKind('试 点', 2) // 'han'
 */
export function characterKind(text: string, index: number): CharacterKind {
	const codePoint = text.codePointAt(index);
	return codePoint === undefined ? 'none' : classify(String.fromCodePoint(codePoint));
}

/**
 * Classifies the code point that ends just before `index`.
 * @param text Any text.
 * @param index A UTF-16 offset; 0 gives `'none'`.
 * @returns The kind of character found there.
 */
export function characterKindBefore(text: string, index: number): CharacterKind {
	if (index <= 0) return 'none';
	const low = text.charCodeAt(index - 1);
	// Step back over a surrogate pair so it is classified as one code point.
	const isPair = low >= 0xdc00 && low <= 0xdfff && index >= 2 && isHighSurrogate(text, index - 2);
	return characterKind(text, isPair ? index - 2 : index - 1);
}

function isHighSurrogate(text: string, index: number): boolean {
	const unit = text.charCodeAt(index);
	return unit >= 0xd800 && unit <= 0xdbff;
}

function classify(character: string): CharacterKind {
	if (HAN.test(character)) return 'han';
	if (PUNCTUATION.test(character)) return 'punctuation';
	// `%` ends the number it follows, so `80% 以上` spaces like `80 以上`.
	if ((character >= '0' && character <= '9') || character === '%') return 'digit';
	if ((character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z')) {
		return 'latin';
	}
	return 'other';
}
