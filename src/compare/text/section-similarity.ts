/**
 * How alike two sections are, by heading and by content, with the bigrams built once per section.
 */
import { bigrams, similarity } from '../similarity.ts';
import type { Section } from './model.ts';

/**
 * Similarity of two sections' heading keys, 0–1; 0 unless both are headed.
 * @param a A section of the first notice.
 * @param b A section of the second.
 * @example headingSimilarity(sectionA('三、申报条件'), sectionB('二、申报条件')) // 1
 */
export function headingSimilarity(a: Section, b: Section): number {
	if (a.heading === null || b.heading === null) return 0;
	a.keyGrams ??= bigrams(a.key);
	b.keyGrams ??= bigrams(b.key);
	return similarity(a.keyGrams, b.keyGrams);
}

/**
 * Similarity of two sections' whole text, 0–1; 0 when either has none.
 * @param a A section of the first notice.
 * @param b A section of the second.
 * @example contentSimilarity(sectionWith('申报条件如下。'), sectionWith('申报条件如下。')) // 1
 */
export function contentSimilarity(a: Section, b: Section): number {
	if (a.units.length === 0 || b.units.length === 0) return 0;
	a.contentGrams ??= bigrams(a.units.map((u) => u.key).join(''));
	b.contentGrams ??= bigrams(b.units.map((u) => u.key).join(''));
	return similarity(a.contentGrams, b.contentGrams);
}

/**
 * Similarity of two sections' text including every section under them, 0–1; 0 when either has none.
 * @param a A section of the first notice.
 * @param b A section of the second.
 * @example subtreeSimilarity(attachment1, attachment) // 0.42
 */
export function subtreeSimilarity(a: Section, b: Section): number {
	if (a.subtree.length === 0 || b.subtree.length === 0) return 0;
	a.subtreeGrams ??= bigrams(a.subtree.map((u) => u.key).join(''));
	b.subtreeGrams ??= bigrams(b.subtree.map((u) => u.key).join(''));
	return similarity(a.subtreeGrams, b.subtreeGrams);
}
