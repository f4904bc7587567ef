/**
 * The extractors' sentencesOf is the one splitter of src/text (split-sentences.ts) over a span:
 * offsets stay in the logical text, and no character is lost or read twice, whatever the text.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../../../src/ingest/extract/context.ts';

const piece = fc.constantFrom('甲', '乙', '。', '！', '？', '；', '：', '（', '一', '）', '“', '”', '」', ')', ' ', '\u3000', '\n', '，', '\ud83d', 'a');
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

describe('sentencesOf', () => {
	test('points each sentence at its place and covers every character once, for every stop set', () => {
		fc.assert(
			fc.property(text, fc.nat(50), fc.constantFrom('。！？；', '。！？', '。；', '。'), (t, start, stops) => {
				const sentences = sentencesOf({ text: t, start }, stops);
				let end = start;
				for (const s of sentences) {
					expect(s.text).toBe(s.text.trim());
					expect(s.text).not.toBe('');
					expect(s.start).toBeGreaterThanOrEqual(end);
					expect(t.slice(s.start - start, s.start - start + s.text.length)).toBe(s.text);
					end = s.start + s.text.length;
				}
				expect(sentences.map((s) => s.text).join('').replace(/\s/gu, '')).toBe(t.replace(/\s/gu, ''));
			}),
			{ numRuns: 2000 },
		);
	});

	test('keeps closing quotes and brackets with their sentence', () => {
		expect(sentencesOf({ text: '甲。”乙（见附件。）！丙', start: 10 })).toEqual([
			{ text: '甲。”', start: 10 },
			{ text: '乙（见附件。）！', start: 13 },
			{ text: '丙', start: 21 },
		]);
	});
});
