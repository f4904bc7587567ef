/**
 * Properties of the MDX writer, on notices whose body lines are arbitrary text: read back as
 * Astro's MDX reads it (micromark with MDX JSX and GFM), the MDX shows exactly
 * the text of the section tree, character for character, block for block; read with the full MDX
 * parser it holds no ESM, no expression and no element but Fact and Part; and its only links are
 * http(s), mailto and tel.
 */
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxJsxFromMarkdown } from 'mdast-util-mdx-jsx';
import { gfm } from 'micromark-extension-gfm';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, test } from 'vitest';
import { blocksOf } from '../../../src/ingest/extract/blocks.ts';
import { IngestError, parseNoticeFile, type ParsedNotice } from '../../../src/ingest/index.ts';
import { treeToMdx } from '../../../src/ingest/serialize/tree-to-mdx.ts';
import { noticeWithBody } from './arbitraries.ts';

/** The notices of a text, or none when it is refused (a body of control characters is binary). */
function notices(text: string): ParsedNotice[] {
	try {
		return parseNoticeFile(new TextEncoder().encode(text), 'fuzz.txt');
	} catch (error) {
		if (error instanceof IngestError) return [];
		throw error;
	}
}

const bodyOf = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n') + 5);

/** The blocks of an MDX body as a page shows them: headings and paragraphs, Part unwrapped. */
function readBlocks(body: string): { tree: Root; blocks: string[] } {
	const tree = fromMarkdown(body, { extensions: [mdxJsx(), gfm()], mdastExtensions: [mdxJsxFromMarkdown(), gfmFromMarkdown()] });
	const blocks: string[] = [];
	for (const node of tree.children) {
		const inner = node.type === 'mdxJsxFlowElement' ? node.children : [node];
		for (const block of inner) blocks.push(visible(block as Nodes));
	}
	return { tree, blocks };
}

/** Visible text, exactly: no trimming anywhere. */
function visible(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'break') return '\n';
	return 'children' in node ? node.children.map((child) => visible(child as Nodes)).join('') : '';
}

function nodeTypes(node: Nodes, out = new Set<string>()): Set<string> {
	out.add('name' in node && node.name ? `${node.type}:${node.name}` : node.type);
	if ('children' in node) for (const child of node.children) nodeTypes(child as Nodes, out);
	return out;
}

function links(node: Nodes, out: string[] = []): string[] {
	if (node.type === 'link') out.push(node.url);
	if ('children' in node) for (const child of node.children) links(child as Nodes, out);
	return out;
}

const ALLOWED = new Set(['root', 'heading', 'paragraph', 'text', 'break', 'link', 'mdxJsxFlowElement:Part', 'mdxJsxTextElement:Fact']);

describe('treeToMdx', () => {
	test('shows the tree text character for character, block for block', () => {
		fc.assert(
			fc.property(noticeWithBody(), (text) => {
				for (const notice of notices(text)) {
					const { tree, blocks } = readBlocks(bodyOf(treeToMdx(notice)));
					expect([...nodeTypes(tree)].filter((t) => !ALLOWED.has(t))).toEqual([]);
					expect(blocks).toEqual(blocksOf(notice.tree).map((b) => b.text));
				}
			}),
			{ numRuns: 400 },
		);
	});

	test('holds no ESM, expression or foreign element for the full MDX parser', () => {
		fc.assert(
			fc.property(noticeWithBody(), (text) => {
				for (const notice of notices(text)) {
					const tree = fromMarkdown(bodyOf(treeToMdx(notice)), { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
					expect([...nodeTypes(tree)].filter((t) => !ALLOWED.has(t))).toEqual([]);
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('links only http(s), mailto and tel', () => {
		fc.assert(
			fc.property(noticeWithBody(), (text) => {
				for (const notice of notices(text)) {
					const { tree } = readBlocks(bodyOf(treeToMdx(notice)));
					for (const url of links(tree)) expect(url).toMatch(/^(?:https?:\/\/|mailto:|tel:)/i);
				}
			}),
			{ numRuns: 300 },
		);
	});
});
