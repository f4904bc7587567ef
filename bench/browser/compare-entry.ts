/**
 * The comparison as the picker's worker runs it (compare + render + serialize), exposed to a
 * benchmark page as `globalThis.benchCompare`. Bundled by bench/compare.ts with esbuild.
 */
import { compareNotices, forgetTexts } from '../../src/compare/index.ts';
import { renderComparison } from '../../src/compare/render/comparison.ts';
import { toHtml } from '../../src/compare/render/html.ts';
import type { CompareDoc, DomainEntry } from '../../src/compare/types.ts';

/** Compare each pair in turn `runs` times after `warmUp` runs; the milliseconds of each run. */
function benchCompare(pairs: { a: CompareDoc; b: CompareDoc }[], taxonomy: DomainEntry[], runs: number, warmUp: number): number[] {
	const once = (i: number) => {
		const pair = pairs[i % pairs.length];
		if (pair !== undefined) toHtml(renderComparison(compareNotices(pair.a, pair.b, taxonomy)));
	};
	for (let i = 0; i < warmUp; i++) once(i);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		// Each run as a worker's first comparison: nothing kept from the runs before.
		forgetTexts();
		const start = performance.now();
		once(i);
		times.push(performance.now() - start);
	}
	return times;
}

Object.assign(globalThis, { benchCompare });
