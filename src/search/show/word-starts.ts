/**
 * Pagefind gives a heading's place as a word number (`anchors[].location`); this maps word
 * numbers to offsets in the text. Pagefind's `raw_content` separates words with U+200B and spaces
 * and escapes < and >; its `content` is the same text without the U+200B, which is what offsets
 * here count in.
 */

/**
 * The offset in `content` where each word starts.
 * @param rawContent A fragment's `raw_content`.
 * @example wordStarts('申报\u200B条件\u200B. \u200B截止') // [0, 2, 4, 6]
 */
export function wordStarts(rawContent: string): number[] {
	const text = rawContent.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
	const starts: number[] = [];
	let offset = 0;
	let inWord = false;
	for (const unit of text) {
		if (unit === '\u200B') {
			inWord = false;
			continue;
		}
		const space = /\s/u.test(unit);
		if (!space && !inWord) starts.push(offset);
		inWord = !space;
		offset += unit.length;
	}
	return starts;
}
