/**
 * The words of a term, for the second group of results: notices that contain every word of a
 * phrase but not the phrase itself (申报 … 条件 for 申报条件) rank below the ones that contain it.
 * Only a term that falls into two or more words of two or more characters has words: one-character
 * pieces (8, 月, 日 of 8月15日) occur in nearly every notice and would make the group noise.
 */

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The words of a folded term, or null when it has none worth searching apart.
 * @param term One folded query term.
 * @example termWords('申报条件') // ['申报', '条件']
 * @example termWords('8月15日') // null
 */
export function termWords(term: string): string[] | null {
	const words = [...segmenter.segment(term)].filter((s) => s.isWordLike === true).map((s) => s.segment);
	const distinct = [...new Set(words)];
	return distinct.length >= 2 && distinct.every((word) => word.length >= 2) ? distinct : null;
}
