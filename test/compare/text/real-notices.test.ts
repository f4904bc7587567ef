import { describe, expect, test } from 'vitest';
import { blocksToSections } from '../../../src/compare/text/blocks-to-sections.ts';
import { compareText } from '../../../src/compare/text/index.ts';
import type { TextRedline } from '../../../src/compare/types.ts';
import { numberedText } from '../../../src/text/outline-number.ts';
import { noticeIds, readBlocks } from '../../helpers/read-notice.ts';

/** A notice's units in reading order, as the comparison cuts them. */
const unitsOf = (id: string) => blocksToSections(readBlocks(id)).flatMap((s) => s.units.map((u) => u.text));
const side = (redline: TextRedline, key: 'a' | 'b') =>
	redline.sections.flatMap((s) => s.sentences.flatMap((p) => (p[key] === null ? [] : [p[key]])));

describe('compareText on the real notices', () => {
	test('pairs attachments of national 2023 and national 2026', () => {
		const redline = compareText(readBlocks('national-2023-pilot-demonstration'), readBlocks('national-2026-pilot-call'));
		const paired = redline.sections.filter((s) => s.a !== null && s.b !== null);
		expect(paired.map((s) => [s.a?.heading ?? null, s.b?.heading ?? null])).toContainEqual(['附件1', '附件']);
		expect(paired.every((s) => s.status === 'changed' || s.status === 'equal')).toBe(true);
	});

	// Each side's sentences come back once each, in order: nothing lost, nothing duplicated.
	const pairs = noticeIds.flatMap((a) => noticeIds.map((b) => [a, b] as const));
	test.each(pairs)('keeps every sentence of %s and %s in order', (a, b) => {
		const redline = compareText(readBlocks(a), readBlocks(b));
		expect(side(redline, 'a')).toEqual(unitsOf(a));
		expect(side(redline, 'b')).toEqual(unitsOf(b));
		const moveIds = redline.sections.flatMap((s) => s.sentences.flatMap((p) => (p.moveId === undefined ? [] : [p.moveId])));
		for (const id of new Set(moveIds)) expect(moveIds.filter((m) => m === id)).toHaveLength(2);
		if (a === b) expect(redline.sections.every((s) => s.status === 'equal')).toBe(true);
	});

	test('cuts units from the body paragraphs and attachment titles, losing no character', () => {
		for (const id of noticeIds) {
			const blocks = readBlocks(id);
			// An attachment title: right under a heading, or after the body began (its label lost).
			const started = (i: number) => blocks.slice(0, i).some((b) => b.type === 'heading' || b.part === null);
			const body = blocks.filter(
				(block, i) =>
					block.type === 'paragraph' &&
					(block.part === null || (block.part === 'title' && (blocks[i - 1]?.type === 'heading' || started(i)))),
			);
			const text = body.map(numberedText).join('');
			expect(unitsOf(id).join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
		}
	});
});
