/**
 * A notice as MDX: the record as frontmatter, the section tree as the body. The body is built as
 * mdast and written by mdast-util-to-markdown with the MDX and GFM extensions, never by pasting
 * text, so nothing in a notice (`{…}`, `<…>`, `import` lines) can run as code or become HTML.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import type { ParsedNotice } from '../types.ts';
import { factsToPhrasing } from './facts-to-phrasing.ts';
import { recordToFrontmatter } from './record-to-frontmatter.ts';

/**
 * MDX reads a line starting with `import` or `export` as ESM; its extension has no unsafe rule for
 * that, so the first letter is written as a character reference.
 */
const ESM_UNSAFE: Unsafe[] = [
	{ atBreak: true, character: 'i', after: 'mport\\b' },
	{ atBreak: true, character: 'e', after: 'xport\\b' },
	{ atBreak: true, character: 'I', after: 'MPORT\\b' },
	{ atBreak: true, character: 'E', after: 'XPORT\\b' },
];

function phrasingOf(children: PhrasingContent[], anchors: ParsedNotice['anchors']): PhrasingContent[] {
	return children.flatMap((child) =>
		child.type === 'text' && child.position?.start.offset !== undefined
			? factsToPhrasing(child.value, child.position.start.offset, anchors)
			: [child],
	);
}

function partElement(kind: string, paragraph: Paragraph): MdxJsxFlowElement {
	return {
		type: 'mdxJsxFlowElement',
		name: 'Part',
		attributes: [{ type: 'mdxJsxAttribute', name: 'kind', value: kind }],
		children: [paragraph],
	};
}

/** The body tree: section tree nodes with facts marked, parts wrapped in `<Part>`. */
function bodyOf(tree: Root, anchors: ParsedNotice['anchors']): Root {
	const anchorsOf = anchorsByNode(anchors);
	const children: RootContent[] = tree.children.flatMap((node): RootContent[] => {
		const near = anchorsOf(node);
		if (node.type === 'heading') return [{ type: 'heading', depth: node.depth, children: phrasingOf(node.children, near) }];
		if (node.type !== 'paragraph') return [];
		const paragraph: Paragraph = { type: 'paragraph', children: phrasingOf(node.children, near) };
		return [node.data?.part ? partElement(node.data.part, paragraph) : paragraph];
	});
	return { type: 'root', children };
}

/**
 * Hands each node, in document order, the anchors that overlap it, sweeping once over the anchors
 * sorted by start (passing every anchor to every text node was quadratic in facts × lines).
 */
function anchorsByNode(anchors: ParsedNotice['anchors']): (node: RootContent) => ParsedNotice['anchors'] {
	const sorted = anchors.toSorted((a, b) => a.start - b.start);
	let next = 0;
	let open: ParsedNotice['anchors'] = [];
	return (node) => {
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined) return anchors;
		while (next < sorted.length && sorted[next]!.start < end) open.push(sorted[next++]!);
		open = open.filter((a) => a.end > start);
		return open.filter((a) => a.start < end);
	};
}

/**
 * Writes one parsed notice as an MDX document.
 * @example treeToMdx(parseNoticeFile(bytes, 'a.txt')[0]) // '---\nid: "…"\n…---\n\n<Part kind="title">…'
 */
export function treeToMdx(notice: ParsedNotice): string {
	const body = toMarkdown(bodyOf(notice.tree, notice.anchors), {
		extensions: [mdxToMarkdown(), gfmToMarkdown(), { unsafe: ESM_UNSAFE }],
		bullet: '-',
		emphasis: '_',
		fences: true,
		resourceLink: true,
	});
	return `${recordToFrontmatter(notice.record)}\n${body}`;
}
