import { describe, expect, test } from 'vitest';
import { createMappedText, replaceMapped } from '../../../src/ingest/normalize/mapped-text.ts';
import { toSourceOffset, toSourceRange } from '../../../src/ingest/normalize/to-source-offset.ts';

// '<2026 年>' without brackets and the space: '2026年', sources [1, 2, 3, 4, 6, 8].
const mapped = replaceMapped(createMappedText('<2026 年>'), /[<> ]/g, () => '');

describe('toSourceOffset', () => {
	test('returns the source offset of a character', () => {
		expect(toSourceOffset(mapped, 4)).toEqual(6);
	});

	test('returns the source length for the end of the text', () => {
		expect(toSourceOffset(mapped, 5)).toEqual(8);
	});

	test('returns the next kept character for an offset after a deletion', () => {
		expect(toSourceOffset(mapped, 0)).toEqual(1);
	});

	test('throws for an offset past the end', () => {
		expect(() => toSourceOffset(mapped, 6)).toThrow(
			'Cannot map offset `6`, expected an integer from 0 to 5',
		);
	});

	test('throws for a negative or fractional offset', () => {
		expect(() => toSourceOffset(mapped, -1)).toThrow(RangeError);
		expect(() => toSourceOffset(mapped, 1.5)).toThrow(RangeError);
	});
});

describe('toSourceRange', () => {
	test('returns a span ending right after its last character, before a deleted one', () => {
		expect(toSourceRange(mapped, 0, 5)).toEqual({ start: 1, end: 7 });
	});

	test('returns a span over a deleted space inside it', () => {
		expect(toSourceRange(mapped, 3, 5)).toEqual({ start: 4, end: 7 });
	});

	test('returns an empty span at the source of its offset', () => {
		expect(toSourceRange(mapped, 2, 2)).toEqual({ start: 3, end: 3 });
	});

	test('returns a span of an unchanged text unchanged', () => {
		expect(toSourceRange(createMappedText('试点'), 0, 2)).toEqual({ start: 0, end: 2 });
	});

	test('throws for an end before the start', () => {
		expect(() => toSourceRange(mapped, 3, 2)).toThrow(
			'Cannot map span `3-2`, expected end >= start',
		);
	});

	test('throws for an end past the text', () => {
		expect(() => toSourceRange(mapped, 0, 9)).toThrow(RangeError);
	});
});
