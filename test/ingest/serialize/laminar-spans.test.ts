/**
 * laminarSpans against the plain quadratic version it replaced (kept here as the reference): the
 * same spans out for any spans in, and nesting guaranteed.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { laminarSpans, type FactSpan } from '../../../src/ingest/serialize/laminar-spans.ts';

type Span = FactSpan<string>;
const order = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/** The version before: every new span checked against every kept one. */
function reference(spans: Span[]): Span[] {
	const out: Span[] = [];
	for (const span of spans.sort(order)) {
		let start = span.start;
		for (const o of out) if (o.start < start && start < o.end && o.end < span.end) start = o.end;
		const same = out.find((o) => o.start === start && o.end === span.end);
		if (same) same.anchors.push(...span.anchors);
		else if (start < span.end) out.push({ ...span, start });
	}
	return out.sort(order);
}

/** Distinct ranges in [0, 60), one anchor each, as spansOf hands them over. */
const spansArbitrary = fc
	.uniqueArray(
		fc.tuple(fc.nat(59), fc.integer({ min: 1, max: 30 })).map(([start, length]) => ({ start, end: start + length })),
		{ selector: (r) => `${r.start}:${r.end}`, maxLength: 25 },
	)
	.map((ranges) => ranges.map((r, i) => ({ ...r, anchors: [`f${i}`] })));

const copy = (spans: Span[]) => spans.map((s) => ({ ...s, anchors: [...s.anchors] }));

describe('laminarSpans', () => {
	test('cuts a span that crosses another at its end', () => {
		expect(laminarSpans([{ start: 0, end: 5, anchors: ['a'] }, { start: 3, end: 8, anchors: ['b'] }])).toEqual([
			{ start: 0, end: 5, anchors: ['a'] },
			{ start: 5, end: 8, anchors: ['b'] },
		]);
	});

	test('joins the anchors of a span cut onto another one', () => {
		const spans = [
			{ start: 0, end: 5, anchors: ['a'] },
			{ start: 3, end: 8, anchors: ['b'] },
			{ start: 5, end: 8, anchors: ['c'] },
		];
		expect(laminarSpans(spans)).toEqual([
			{ start: 0, end: 5, anchors: ['a'] },
			{ start: 5, end: 8, anchors: ['b', 'c'] },
		]);
	});

	test('gives what the quadratic version gave, for any spans', () => {
		fc.assert(
			fc.property(spansArbitrary, (spans) => {
				expect(laminarSpans(copy(spans))).toEqual(reference(copy(spans)));
			}),
			{ numRuns: 2000 },
		);
	});

	test('returns spans that nest or are apart, keeping every anchor', () => {
		fc.assert(
			fc.property(spansArbitrary, (spans) => {
				const out = laminarSpans(copy(spans));
				for (const a of out) for (const b of out) {
					if (a === b) continue;
					const apart = a.end <= b.start || b.end <= a.start;
					const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
					expect(apart || nested).toBe(true);
				}
				expect(out.flatMap((s) => s.anchors).sort()).toEqual(spans.map((s) => s.anchors[0]).sort());
			}),
			{ numRuns: 1000 },
		);
	});

	test('handles 20,000 spans on one line quickly', () => {
		const spans = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 5, end: i * 5 + 7, anchors: [`q${i}`] }));
		const started = performance.now();
		expect(laminarSpans(spans)).toHaveLength(20_000);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
