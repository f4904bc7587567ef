/**
 * A notice's blocks (src/schemas/blocks.ts) from its section tree: what the comparator reads
 * instead of parsing the MDX body back. The outline number, level, part and attachment come from
 * the tree's node data, where the segmenter put them; nothing is parsed again.
 */
import type { Heading, Paragraph } from 'mdast';
import { NoticeBlocksSchema, type NoticeBlock } from '../../schemas/blocks.ts';
import { blocksOf } from '../extract/blocks.ts';
import type { ParsedNotice } from '../types.ts';

/**
 * The headings and paragraphs of a notice in reading order, as data.
 * @param notice A parsed notice.
 * @example treeToBlocks(notice)[3] // { type: 'heading', depth: 2, numbering: '一、', level: 1, text: '重点领域', attachment: null }
 */
export function treeToBlocks(notice: ParsedNotice): NoticeBlock[] {
	return blocksOf(notice.tree).flatMap(({ node, text, body }): NoticeBlock[] => {
		const printed = text.trim();
		// The number with the spaces after it, so numbering + text is the line as printed.
		const numbering = node.data?.numbering ? printed.slice(0, printed.length - body.text.length) : null;
		const words = numbering === null ? printed : body.text;
		const common = { numbering, level: node.data?.level ?? null, text: words, attachment: attachmentOf(node) };
		if (node.type === 'heading') return [{ type: 'heading', depth: node.depth, ...common }];
		// An empty paragraph holds nothing to compare (mdast-util-to-markdown drops it from the MDX too).
		if (words === '' && numbering === null) return [];
		return [{ type: 'paragraph', ...common, part: node.data?.part ?? null }];
	});
}

/** The attachment a node is in: its number, 0 when unnumbered, null in the notice itself. */
function attachmentOf(node: Heading | Paragraph): number | null {
	if (node.data?.inAttachment !== true) return null;
	return node.data.attachment ?? 0;
}

/**
 * A notice's blocks as the text of its `<id>.blocks.json`: one block a line, so a diff shows the
 * blocks that changed. Checked by NoticeBlocksSchema, so a bad block stops the run before writing.
 * @param notice A parsed notice.
 */
export function formatBlocks(notice: ParsedNotice): string {
	const { blocks } = NoticeBlocksSchema.parse({ blocks: treeToBlocks(notice) });
	return `{"blocks": [\n${blocks.map((block) => JSON.stringify(block)).join(',\n')}\n]}\n`;
}
