/**
 * A word redline as markup: the old side with deletions, the new side with insertions, and the
 * inline form with both, as `<del>` / `<ins>` so screen readers and print keep the meaning.
 */
import type { DiffPart } from '../types.ts';
import { h, type Child } from './html.ts';

/** The three renderings of one redline. */
export interface RedlineMarkup {
	a: Child[];
	b: Child[];
	inline: Child[];
}

/**
 * Split a redline into its old, new and inline renderings.
 * @param parts jsdiff-style parts.
 * @example redlineMarkup([{ value: '于' }, { value: '8月', removed: true }, { value: '6月', added: true }])
 */
export function redlineMarkup(parts: readonly DiffPart[]): RedlineMarkup {
	const markup: RedlineMarkup = { a: [], b: [], inline: [] };
	for (const part of parts) {
		if (part.removed === true) {
			markup.a.push(h('del', {}, part.value));
			markup.inline.push(h('del', {}, part.value));
		} else if (part.added === true) {
			markup.b.push(h('ins', {}, part.value));
			markup.inline.push(h('ins', {}, part.value));
		} else {
			markup.a.push(part.value);
			markup.b.push(part.value);
			markup.inline.push(part.value);
		}
	}
	return markup;
}
