/**
 * A notice's MDX body (as ingest writes it) read back into the text blocks the comparison aligns.
 * The body is parsed, never run: only JSX *syntax* is recognised (no expressions, no ESM), which is
 * all ingest emits — `<Part kind=…>` around structural lines and `<Fact …>` around fact sentences.
 */
import type { Heading, Nodes, Paragraph, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxJsxFromMarkdown, type MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { gfm } from 'micromark-extension-gfm';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import type { PartKind } from '../schemas/section-tree.ts';
import type { TextBlock } from './types.ts';

const PART_KINDS: readonly string[] = ['masthead', 'docNumber', 'title', 'salutation', 'signature', 'closing'];

/**
 * The headings and paragraphs of an MDX body, in order, with `<Part>` lines marked.
 * @param body The MDX after its frontmatter.
 * @example mdxToBlocks('## 一、范围\n\n正文。')
 * // [{ type: 'heading', depth: 2, text: '一、范围' }, { type: 'paragraph', text: '正文。' }]
 */
export function mdxToBlocks(body: string): TextBlock[] {
	const tree = fromMarkdown(body, {
		extensions: [mdxJsx(), gfm()],
		mdastExtensions: [mdxJsxFromMarkdown(), gfmFromMarkdown()],
	});
	const blocks: TextBlock[] = [];
	for (const node of tree.children) addBlocks(node, blocks);
	return blocks;
}

function addBlocks(node: RootContent, blocks: TextBlock[]): void {
	if (node.type === 'heading') blocks.push({ type: 'heading', depth: node.depth, text: plainText(node) });
	else if (node.type === 'paragraph') pushParagraph(plainText(node), undefined, blocks);
	else if (node.type === 'mdxJsxFlowElement') addElement(node, blocks);
	else if (node.type === 'list') for (const item of node.children) for (const child of item.children) addBlocks(child, blocks);
}

function addElement(node: MdxJsxFlowElement, blocks: TextBlock[]): void {
	const kind = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'kind')?.value;
	if (node.name === 'Part' && typeof kind === 'string' && PART_KINDS.includes(kind)) {
		pushParagraph(plainText(node), kind as PartKind, blocks);
		return;
	}
	for (const child of node.children) addBlocks(child, blocks);
}

function pushParagraph(text: string, part: PartKind | undefined, blocks: TextBlock[]): void {
	if (text === '') return;
	blocks.push(part === undefined ? { type: 'paragraph', text } : { type: 'paragraph', text, part });
}

/** The visible text of a node: breaks become newlines, JSX wrappers vanish. */
function plainText(node: Nodes | Heading | Paragraph | MdxJsxFlowElement): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'break') return '\n';
	if ('children' in node) return (node.children as Nodes[]).map(plainText).join('').trim();
	return '';
}
