/**
 * Makes fact spans nest: a span that starts inside another and ends after it is cut to start where
 * the other ends, and spans on the same range share one element (their anchors join). Elements in
 * MDX must nest, so this runs before the spans are written.
 *
 * Checking every new span against every kept one was quadratic: one sentence of 20,000 caps
 * (不超过3个不超过3个…) took minutes. Here the kept spans sit in a segment tree over their end
 * offsets that holds the smallest start seen at each end, so "the outermost kept span that the new
 * one crosses" is one O(log n) descent.
 */

/** A range of text and the facts anchored on it. */
export interface FactSpan<A> {
	start: number;
	end: number;
	anchors: A[];
}

const order = <A>(a: FactSpan<A>, b: FactSpan<A>) => a.start - b.start || b.end - a.end;

/**
 * Cuts crossing spans so that any two of the result nest or are apart; sorted outer first.
 * @param spans Spans with distinct ranges (it reorders this array).
 * @returns The laminar spans, sorted by start, longer first.
 * @example
 * laminarSpans([{ start: 0, end: 5, anchors: ['a'] }, { start: 3, end: 8, anchors: ['b'] }])
 * // [{ start: 0, end: 5, anchors: ['a'] }, { start: 5, end: 8, anchors: ['b'] }]
 */
export function laminarSpans<A>(spans: FactSpan<A>[]): FactSpan<A>[] {
	const ends = [...new Set(spans.map((s) => s.end))].sort((a, b) => a - b);
	const kept = new MinStartTree(ends);
	const byRange = new Map<string, FactSpan<A>>();
	const out: FactSpan<A>[] = [];
	for (const span of spans.sort(order)) {
		// A kept span crosses this one when it starts before it and ends inside it; kept spans nest,
		// so those all contain `start` and the outermost (latest end) is the one to cut at.
		const start = kept.latestEndBetween(span.start, span.end, span.start) ?? span.start;
		const key = `${start}:${span.end}`;
		const same = byRange.get(key);
		if (same) same.anchors.push(...span.anchors);
		else if (start < span.end) {
			const cut = { ...span, start };
			byRange.set(key, cut);
			out.push(cut);
			kept.add(span.end, start);
		}
	}
	return out.sort(order);
}

/** A segment tree over sorted distinct end offsets; each leaf holds the smallest start kept there. */
class MinStartTree {
	private readonly ends: number[];
	private readonly size: number;
	private readonly min: Float64Array;

	constructor(ends: number[]) {
		this.ends = ends;
		this.size = Math.max(1, ends.length);
		this.min = new Float64Array(4 * this.size).fill(Infinity);
	}

	/** Keeps a span ending at `end` (one of the tree's ends) that starts at `start`. */
	add(end: number, start: number): void {
		let node = 1;
		let low = 0;
		let high = this.size - 1;
		const index = lowerBound(this.ends, end);
		while (true) {
			this.min[node] = Math.min(this.min[node]!, start);
			if (low === high) return;
			const middle = (low + high) >> 1;
			if (index <= middle) [node, high] = [2 * node, middle];
			else [node, low] = [2 * node + 1, middle + 1];
		}
	}

	/** The latest kept end `e` with `after < e < before` whose span starts before `startBelow`. */
	latestEndBetween(after: number, before: number, startBelow: number): number | undefined {
		const from = lowerBound(this.ends, after + 1);
		const to = lowerBound(this.ends, before) - 1;
		if (from > to) return undefined;
		const index = this.rightmost(1, 0, this.size - 1, from, to, startBelow);
		return index === -1 ? undefined : this.ends[index];
	}

	private rightmost(node: number, low: number, high: number, from: number, to: number, startBelow: number): number {
		if (high < from || low > to || !(this.min[node]! < startBelow)) return -1;
		if (low === high) return low;
		const middle = (low + high) >> 1;
		const right = this.rightmost(2 * node + 1, middle + 1, high, from, to, startBelow);
		return right !== -1 ? right : this.rightmost(2 * node, low, middle, from, to, startBelow);
	}
}

/** The first index of a sorted array whose value is at least `value`. */
function lowerBound(sorted: number[], value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low;
}
