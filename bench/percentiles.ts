/**
 * Summary figures of a list of timings, nearest-rank percentiles, rounded to 0.01 ms.
 */

/** p50, p95, max and mean of timings in milliseconds. */
export interface Timings {
	p50: number;
	p95: number;
	max: number;
	mean: number;
}

/**
 * Summarize timings.
 * @param times Milliseconds, in any order.
 * @example summarize([1, 2, 3]).p50 // 2
 */
export function summarize(times: readonly number[]): Timings {
	const sorted = [...times].sort((x, y) => x - y);
	const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
	const round = (ms: number) => Math.round(ms * 100) / 100;
	return { p50: round(at(50)), p95: round(at(95)), max: round(sorted.at(-1) ?? NaN), mean: round(sorted.reduce((s, t) => s + t, 0) / sorted.length) };
}
