import { describe, expect, test } from 'vitest';
import { noticeMaterial } from '../../../bench/notice-material.ts';
import { syntheticNoticePair } from '../../../bench/synthetic-notice.ts';
import { blocksToSections } from '../../../src/compare/text/blocks-to-sections.ts';
import { compareText } from '../../../src/compare/text/index.ts';
import type { TextBlock } from '../../../src/compare/types.ts';

const material = noticeMaterial(new URL('../../../content/notices/', import.meta.url));
const unitsOf = (blocks: TextBlock[]) => blocksToSections(blocks).flatMap((s) => s.units.map((u) => u.text));

// The benchmark's pairs: 20,000 characters with every kind of edit, at a scale the unit tests lack.
describe('compareText on synthetic notice pairs', () => {
	test.each([1, 2, 3])('keeps both sides whole and finds the edits (seed %i)', (seed) => {
		const { a, b, counts } = syntheticNoticePair(seed, material, 20_000);
		const redline = compareText(a, b);
		const pairs = redline.sections.flatMap((s) => s.sentences);
		expect(pairs.flatMap((p) => (p.a === null ? [] : [p.a]))).toEqual(unitsOf(a));
		expect(pairs.flatMap((p) => (p.b === null ? [] : [p.b]))).toEqual(unitsOf(b));
		expect(pairs.filter((p) => p.status === 'moved').length).toBeGreaterThanOrEqual(2 * counts.moved);
		expect(redline.sections.some((s) => s.status === 'removed')).toBe(true);
		expect(redline.sections.some((s) => s.status === 'added')).toBe(true);
		expect(pairs.some((p) => p.status === 'changed' && !p.substantive)).toBe(true);
	});

	test('builds the same pair from the same seed', () => {
		expect(syntheticNoticePair(7, material, 5_000)).toEqual(syntheticNoticePair(7, material, 5_000));
	});
});
