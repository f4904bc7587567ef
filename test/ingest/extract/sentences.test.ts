/**
 * sentencesOf reuses one regex per set of stops across calls; it must split exactly as a fresh
 * /[^STOPS]+(?:[STOPS]+[”」）)]?|$)/g would, trimmed, empty pieces dropped, whatever ran before.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sentencesOf, type Span } from '../../../src/ingest/extract/context.ts';

function byRegex(span: Span, stops: string): Span[] {
	const out: Span[] = [];
	for (const m of span.text.matchAll(new RegExp(`[^${stops}]+(?:[${stops}]+[”」）)]?|$)`, 'g'))) {
		const raw = m[0];
		const text = raw.trim();
		if (text) out.push({ text, start: span.start + m.index + raw.length - raw.trimStart().length });
	}
	return out;
}

const piece = fc.constantFrom('甲', '乙', '。', '！', '？', '；', '”', '」', '）', ')', ' ', '\u3000', '\n', '，', '\ud83d', 'a');
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

describe('sentencesOf', () => {
	test('splits as the regex does, for every stop set the extractors use', () => {
		fc.assert(
			fc.property(text, fc.nat(50), fc.constantFrom('。！？；', '。！？', '。'), (t, start, stops) => {
				expect(sentencesOf({ text: t, start }, stops)).toEqual(byRegex({ text: t, start }, stops));
			}),
			{ numRuns: 2000 },
		);
	});

	test('keeps a closing quote with its sentence and skips stray stops', () => {
		expect(sentencesOf({ text: '。；甲。”乙！！）丙', start: 10 })).toEqual([
			{ text: '甲。”', start: 12 },
			{ text: '乙！！）', start: 15 },
			{ text: '丙', start: 19 },
		]);
	});
});
