/**
 * A flat view of a notice's tree for the extractors: every heading and paragraph with its text,
 * its offset in the logical text and the chain of headings and numbered items above it.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Span } from './context.ts';

/** One heading or paragraph, with where it sits. */
export interface Block {
	node: Heading | Paragraph;
	/** Text as in the notice (signature lines joined with `\n`). */
	text: string;
	/** Offset of `text` in the logical text. */
	start: number;
	/** The headings and numbered items it sits under, outermost first. */
	parents: Block[];
	/** Index in the notice's block list. */
	index: number;
	/** The text without its number marker, trimmed, and its offset: see `withoutNumbering`. */
	body: { text: string; start: number };
	/** The body's sentences by stop set, split once for every extractor: see `blockSentences`. */
	sentences: Map<string, readonly Span[]>;
}

const rank = (node: Heading | Paragraph): number | null => {
	if (node.type === 'heading') return node.depth;
	if (node.data?.part === 'title' && node.data.inAttachment) return 1;
	const level = node.data?.level;
	return level === undefined ? null : level + 1 + (node.data?.inAttachment ? 1 : 0);
};

/** Lists a tree's blocks in document order. */
export function blocksOf(tree: Root): Block[] {
	const blocks: Block[] = [];
	const stack: Array<{ rank: number; block: Block }> = [];
	for (const node of tree.children) {
		if (node.type !== 'heading' && node.type !== 'paragraph') continue;
		const text = node.children.map((c) => (c.type === 'break' ? '\n' : c.type === 'text' ? c.value : toString(c))).join('');
		const r = rank(node);
		if (r !== null) while (stack.length > 0 && stack.at(-1)!.rank >= r) stack.pop();
		const start = node.position?.start.offset ?? 0;
		const block: Block = {
			node,
			text,
			start,
			parents: stack.map((s) => s.block),
			index: blocks.length,
			body: bodyOf(node, text, start),
			sentences: new Map(),
		};
		blocks.push(block);
		if (r !== null) stack.push({ rank: r, block });
	}
	return blocks;
}

/** The text of a block and of every block it sits under, for context tests. */
export function contextText(block: Block): string {
	return block.parents.map((p) => p.text).join('\n');
}

/**
 * The body of a numbered block, without its number marker. Found once, in blocksOf: most
 * extractors read it, for every block.
 */
export function withoutNumbering(block: Block): { text: string; start: number } {
	return block.body;
}

function bodyOf(node: Heading | Paragraph, text: string, start: number): { text: string; start: number } {
	const marker = node.data?.numbering ?? '';
	const rest = text.slice(marker.length);
	const lead = rest.length - rest.trimStart().length;
	return { text: rest.trim(), start: start + marker.length + lead };
}

/** The structural part a block is (masthead, title, signature…), if it is one. */
export function partOf(block: Block): string | undefined {
	return block.node.type === 'paragraph' ? block.node.data?.part : undefined;
}
