/**
 * Properties of normalizeText: idempotent, keeps every line (so positions match the source), and
 * maps every code unit to a source offset in order.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeText } from '../../../src/ingest/normalize/index.ts';
import { noticeText } from './arbitraries.ts';

const texts = fc.oneof(noticeText(80), fc.string({ unit: 'binary', maxLength: 200 }));

describe('normalizeText', () => {
	test('is idempotent', () => {
		fc.assert(
			fc.property(texts, (text) => {
				const once = normalizeText(text).text;
				expect(normalizeText(once).text).toBe(once);
			}),
			// The examples are counterexamples fast-check found once: always tried first.
			{ numRuns: 1000, examples: [['**- \u0000'], ['**- 附件：']] },
		);
	});

	test('keeps the number of lines', () => {
		fc.assert(
			fc.property(texts, (text) => {
				expect(normalizeText(text).text.split('\n')).toHaveLength(text.split('\n').length);
			}),
			{ numRuns: 500 },
		);
	});

	test('maps each code unit to a source offset, in order, ending at the source length', () => {
		fc.assert(
			fc.property(texts, (text) => {
				const { text: normalized, sources } = normalizeText(text);
				expect(sources).toHaveLength(normalized.length + 1);
				expect(sources[normalized.length]).toBe(text.length);
				for (let i = 1; i < sources.length; i++) expect(sources[i]!).toBeGreaterThanOrEqual(sources[i - 1]!);
			}),
			{ numRuns: 500 },
		);
	});
});
