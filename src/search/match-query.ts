/**
 * Which notices a query finds, in two groups: those containing every term literally (the phrase
 * group), and those that miss a term but contain all of its words apart, for each term they miss
 * (the words group, shown after). Each notice gets a score: how often the terms (or words) occur,
 * where the index knows it, else 1 per term.
 */
import type { LiteralIndex, TermMatch } from './query/literal-index.ts';
import { queryTerms } from './query-terms.ts';
import { termWords } from './term-words.ts';

/** The notices a query finds, notice number → score. */
export interface QueryMatch {
	terms: string[];
	/** Words searched apart, per term that has them (null for a term without). */
	words: (string[] | null)[];
	phrase: Map<number, number>;
	wordsOnly: Map<number, number>;
}

/** Notices in every match, with the summed occurrence counts. */
function allOf(matches: readonly TermMatch[]): Map<number, number> {
	const found = new Map<number, number>();
	const [first, ...rest] = [...matches].sort((a, b) => a.size - b.size);
	for (const doc of first?.keys() ?? []) {
		if (!rest.every((match) => match.has(doc))) continue;
		found.set(doc, matches.reduce((sum, match) => sum + (match.get(doc)?.length ?? 1), 0));
	}
	return found;
}

/**
 * Match a query.
 * @param index The literal index.
 * @param query What the reader typed.
 * @example (await matchQuery(index, '申报条件')).phrase // Map { 1 => 3, 4 => 1 }
 */
export async function matchQuery(index: LiteralIndex, query: string): Promise<QueryMatch> {
	const terms = queryTerms(query);
	const words = terms.map(termWords);
	const [termMatches, wordMatches] = await Promise.all([
		Promise.all(terms.map((term) => index.match(term))),
		Promise.all(words.map((list) => Promise.all((list ?? []).map((word) => index.match(word))))),
	]);
	const phrase = terms.length === 0 ? new Map<number, number>() : allOf(termMatches);
	// Without words, a notice with every term is in the phrase group already: no words group.
	if (words.every((list) => list === null)) return { terms, words, phrase, wordsOnly: new Map() };
	// Per term, the notices that have it or all its words, with a score either way.
	const loose = termMatches.map((match, i) => {
		const either = new Map([...match].map(([doc, offsets]) => [doc, offsets?.length ?? 1]));
		if (words[i] !== null) for (const [doc, count] of allOf(wordMatches[i] ?? [])) if (!either.has(doc)) either.set(doc, count);
		return either;
	});
	const wordsOnly = new Map<number, number>();
	const [first, ...rest] = loose;
	for (const [doc, count] of first ?? []) {
		if (phrase.has(doc) || !rest.every((either) => either.has(doc))) continue;
		wordsOnly.set(doc, rest.reduce((sum, either) => sum + (either.get(doc) ?? 0), count));
	}
	return { terms, words, phrase, wordsOnly };
}
