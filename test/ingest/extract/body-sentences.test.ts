/** Body sentences split once per block and stop set, on a small literal tree. */
import type { Paragraph, Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { blocksOf } from '../../../src/ingest/extract/blocks.ts';
import { blockSentences, bodySentences } from '../../../src/ingest/extract/body-sentences.ts';
import { sentencesOf } from '../../../src/ingest/extract/context.ts';

const paragraph = (value: string, offset: number, data: Paragraph['data'] = {}): Paragraph => ({
	type: 'paragraph',
	data,
	children: [{ type: 'text', value }],
	position: { start: { line: 1, column: 1, offset }, end: { line: 1, column: 1, offset: offset + value.length } },
});
const tree = (...children: Paragraph[]): Root => ({ type: 'root', children });

describe('blockSentences', () => {
	const [block] = blocksOf(tree(paragraph('（一）申请表一式三份。报送区局；寄送材料', 10, { numbering: '（一）' })));

	test('returns the body sentences, without the number marker, at their offsets', () => {
		expect(blockSentences(block!)).toEqual([
			{ text: '申请表一式三份。', start: 13 },
			{ text: '报送区局；', start: 21 },
			{ text: '寄送材料', start: 26 },
		]);
	});

	test('returns the same spans as a fresh split, once for each stop set', () => {
		const first = blockSentences(block!, '。');
		expect(first).toEqual([
			{ text: '申请表一式三份。', start: 13 },
			{ text: '报送区局；寄送材料', start: 21 },
		]);
		expect(first).toEqual(sentencesOf({ text: '申请表一式三份。报送区局；寄送材料', start: 13 }, '。'));
		expect(blockSentences(block!, '。')).toBe(first);
		expect(blockSentences(block!)).not.toBe(first);
	});
});

describe('bodySentences', () => {
	test('returns the sentences of body paragraphs only', () => {
		const blocks = blocksOf(
			tree(
				paragraph('某某省市场监督管理局。', 0, { part: 'masthead' }),
				paragraph('请于6月30日前报送。', 12),
				paragraph('附件：1.申报书。', 24, { listsAttachments: true }),
			),
		);
		expect(bodySentences(blocks)).toEqual([{ text: '请于6月30日前报送。', start: 12 }]);
	});
});
