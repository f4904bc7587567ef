/**
 * A query as the search page reads it: folded, split at whitespace into terms, each term to be
 * found literally. "申报条件" is one term (a phrase); "智慧农业 沈阳" is two, both required.
 */
import { foldText } from './fold-text.ts';

/**
 * The distinct folded terms of a query, in order.
 * @param query What the reader typed.
 * @example queryTerms(' 申报条件　〔２０２６〕 申报条件') // ['申报条件', '[2026]']
 */
export function queryTerms(query: string): string[] {
	return [...new Set(foldText(query).split(/\s+/u).filter((term) => term !== ''))];
}
