/**
 * Pagefind gives a heading's place as a word number (`anchors[].location`); this maps word
 * numbers to offsets in the text. The text Pagefind stores separates words with U+200B and spaces;
 * a fragment's `content` is the same text without the U+200B, which is what offsets here count in.
 */

/** Whether a UTF-16 unit is what `/\s/u` matches (white space and line terminators; all are in the BMP). */
export function isSpace(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
	);
}

/**
 * The offset in `content` where each word starts. A unit at a time, without a regular expression
 * per character: a fresh search page runs this over the whole text of each of ten results.
 * @param words A fragment's `words`: its text with Pagefind's U+200B word separators.
 * @example wordStarts('申报\u200B条件\u200B. \u200B截止') // [0, 2, 4, 6]
 */
export function wordStarts(words: string): number[] {
	const starts: number[] = [];
	let offset = 0;
	let inWord = false;
	for (let i = 0; i < words.length; i++) {
		const code = words.charCodeAt(i);
		if (code === 0x200b) {
			inWord = false;
			continue;
		}
		const space = isSpace(code);
		if (!space && !inWord) starts.push(offset);
		inWord = !space;
		offset += 1;
	}
	return starts;
}
