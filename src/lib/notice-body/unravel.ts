/**
 * MDX's reading of a paragraph made only of components: `<Fact>…</Fact><Fact>…</Fact>` on a line of
 * its own is not a paragraph but the components themselves, as block elements (what @mdx-js/mdx's
 * unravel step does). Kept so notice pages render as they did when MDX compiled them.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

function unravelled(node: RootContent): RootContent[] {
	if (node.type !== 'paragraph') return [node];
	const onlyComponents =
		node.children.some((child) => child.type === 'mdxJsxTextElement') &&
		node.children.every((child) => child.type === 'mdxJsxTextElement' || (child.type === 'text' && child.value.trim() === ''));
	if (!onlyComponents) return [node];
	return node.children.flatMap((child): MdxJsxFlowElement[] =>
		child.type === 'mdxJsxTextElement' ? [{ ...child, type: 'mdxJsxFlowElement', children: child.children as MdxJsxFlowElement['children'] }] : [],
	);
}

/**
 * Unwraps component-only paragraphs at every block level (the document and inside `<Part>`).
 * @param tree A parsed body; changed in place and returned.
 */
export function unravel<T extends Root | MdxJsxFlowElement>(tree: T): T {
	tree.children = tree.children.flatMap((child) => {
		const out = unravelled(child as RootContent);
		for (const node of out) if (node.type === 'mdxJsxFlowElement') unravel(node);
		return out;
	}) as T['children'];
	return tree;
}
