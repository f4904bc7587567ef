/**
 * Bounded listing pages: a long list cut into pages of at most a fixed number of items, and the
 * tail of a list, both breaking between groups (a day's deadlines, a level's notices) where they
 * can. Pure, so page sizes are tested on large synthetic lists without a build.
 */

/** Consecutive items with the same key, in order. */
function runsOf<T>(items: readonly T[], key: (item: T) => unknown): T[][] {
	const runs: T[][] = [];
	items.forEach((item, index) => {
		const previous = items[index - 1];
		const last = runs.at(-1);
		if (last !== undefined && previous !== undefined && key(previous) === key(item)) last.push(item);
		else runs.push([item]);
	});
	return runs;
}

function checkSize(size: number): void {
	if (!Number.isInteger(size) || size < 1) {
		throw new Error(`Cannot page with \`${size}\` items a page, expected a whole number ≥ 1`);
	}
}

/**
 * Cut a list into pages of at most `size` items. A page takes whole groups (runs of items with
 * the same key) while they fit; a group larger than a page is cut where the page is full, and
 * its last part may share a page with the groups after it.
 * @param items The list, in the order pages show it.
 * @param size The most items a page holds.
 * @param key The group of an item; by default one group, cut every `size` items.
 * @example paginate([1, 2, 3, 4, 5], 2) // [[1, 2], [3, 4], [5]]
 * @example paginate(['a1', 'b1', 'b2'], 2, (s) => s[0]) // [['a1'], ['b1', 'b2']]
 */
export function paginate<T>(
	items: readonly T[],
	size: number,
	key: (item: T) => unknown = () => null,
): T[][] {
	checkSize(size);
	const pages: T[][] = [];
	let page: T[] = [];
	for (const run of runsOf(items, key)) {
		if (page.length > 0 && page.length + run.length > size) {
			pages.push(page);
			page = [];
		}
		for (const item of run) {
			if (page.length === size) {
				pages.push(page);
				page = [];
			}
			page.push(item);
		}
	}
	if (page.length > 0) pages.push(page);
	return pages;
}

/**
 * The last `size` items of a list, without the part of a group that starts before them (unless
 * that group is all there is).
 * @param items The list, in order.
 * @param size The most items to keep.
 * @param key The group of an item (a deadline's date).
 * @example lastItems(['a1', 'b1', 'b2', 'c1'], 3, (s) => s[0]) // ['b1', 'b2', 'c1']
 * @example lastItems(['a1', 'a2', 'b1'], 2, (s) => s[0]) // ['b1']
 */
export function lastItems<T>(items: readonly T[], size: number, key: (item: T) => unknown): T[] {
	checkSize(size);
	const tail = items.slice(-size);
	const before = items[items.length - tail.length - 1];
	if (before === undefined) return tail;
	const cut = tail.findIndex((item) => key(item) !== key(before));
	return cut === -1 ? tail : tail.slice(cut);
}
