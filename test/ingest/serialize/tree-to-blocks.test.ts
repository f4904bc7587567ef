/**
 * The blocks ingest writes beside the MDX: outline numbers, levels, parts and attachments come
 * from the segmenter as data, and number + text gives the line as the notice prints it.
 */
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../../src/ingest/index.ts';
import { formatBlocks, treeToBlocks } from '../../../src/ingest/serialize/tree-to-blocks.ts';
import { NoticeBlocksSchema } from '../../../src/schemas/blocks.ts';

const NOTICE = [
	'某某市市场监督管理局文件',
	'关于开展2026年度标准化试点工作的通知',
	'各有关单位：',
	'为推进标准化工作，现通知如下。',
	'一、申报条件',
	'（一）具有独立法人资格。',
	'1. 近三年无重大事故。',
	'二、联系方式',
	'联系人：王某 010-12345678',
	'某某市市场监督管理局',
	'2026年4月1日',
	'附件2',
	'申报书',
	'一、基本情况',
].join('\n');

const [notice] = parseNoticeFile(new TextEncoder().encode(NOTICE), 'notice.txt');

describe('treeToBlocks', () => {
	test('keeps outline numbers as data, as printed, with their level', () => {
		const blocks = treeToBlocks(notice!);
		expect(blocks.map((b) => [b.type, b.numbering, b.level, b.text])).toEqual([
			['paragraph', null, null, '某某市市场监督管理局文件'],
			['paragraph', null, null, '关于开展2026年度标准化试点工作的通知'],
			['paragraph', null, null, '各有关单位：'],
			['paragraph', null, null, '为推进标准化工作，现通知如下。'],
			['heading', '一、', 1, '申报条件'],
			['paragraph', '（一）', 2, '具有独立法人资格。'],
			['paragraph', '1. ', 3, '近三年无重大事故。'],
			['heading', '二、', 1, '联系方式'],
			['paragraph', null, null, '联系人：王某 010-12345678'],
			['paragraph', null, null, '某某市市场监督管理局\n2026年4月1日'],
			['heading', null, null, '附件2'],
			['paragraph', null, null, '申报书'],
			['heading', '一、', 1, '基本情况'],
		]);
	});

	test('marks structural parts and the attachment each block is in', () => {
		const blocks = treeToBlocks(notice!);
		expect(blocks.map((b) => (b.type === 'paragraph' ? b.part : 'heading'))).toEqual([
			'masthead', 'title', 'salutation', null, 'heading', null, null, 'heading', null, 'signature', 'heading', 'title', 'heading',
		]);
		expect(blocks.map((b) => b.attachment)).toEqual([null, null, null, null, null, null, null, null, null, null, 2, 2, 2]);
		expect(blocks.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.depth)).toEqual([2, 2, 2, 3]);
	});
});

describe('formatBlocks', () => {
	test('writes one block a line, valid against NoticeBlocksSchema', () => {
		const text = formatBlocks(notice!);
		expect(text.split('\n')).toHaveLength(treeToBlocks(notice!).length + 3);
		expect(NoticeBlocksSchema.parse(JSON.parse(text)).blocks).toEqual(treeToBlocks(notice!));
	});
});
