/**
 * Numbering of the changes on a comparison page (`chg-1`, `chg-2`…), in document order, so the
 * keyboard navigation and the counts' links can reach each one.
 */

/** A counter handed through the renderers of one page. */
export interface ChangeIds {
	next(): string;
}

/**
 * A fresh counter.
 * @example const ids = changeIds(); ids.next() // 'chg-1'
 */
export function changeIds(): ChangeIds {
	let n = 0;
	return { next: () => `chg-${++n}` };
}
