/**
 * The components a notice body may hold, as the HTML they stand for: `<Fact>` (where ingest found
 * facts) and `<Part>` (a structural line of the official document). Ingest writes no others; any
 * other name is refused, so a body can never smuggle in markup of its own.
 */
import type { Element, ElementContent } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** The string value of a component's attribute, or undefined. */
function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
	for (const attr of node.attributes) {
		if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
	}
	return undefined;
}

/**
 * `<Fact ids="deadline-0 quota-1" kind="deadline">`: one empty anchor per id, so each card item can
 * link to `#deadline-0` and the sentence lights up through `:target` alone (no script). Pagefind
 * puts a space before every element with an id, which would split 围绕农业农村 in the search index;
 * an ignored anchor keeps the text whole (measured with Pagefind 1.6, issue 15).
 */
function fact(node: MdxJsxFlowElement | MdxJsxTextElement, children: ElementContent[]): Element {
	const ids = (attribute(node, 'ids') ?? '').split(/\s+/u).filter((id) => id !== '');
	const anchors: Element[] = ids.map((id) => ({
		type: 'element',
		tagName: 'span',
		properties: { id, className: ['fact-anchor'], dataPagefindIgnore: '' },
		children: [],
	}));
	return { type: 'element', tagName: 'mark', properties: { className: ['fact'], dataKind: attribute(node, 'kind') }, children: [...anchors, ...children] };
}

/** `<Part kind="masthead">`: laid out as GB/T 9704-2012 places it (notice-body.css). */
function part(node: MdxJsxFlowElement | MdxJsxTextElement, children: ElementContent[]): Element {
	return { type: 'element', tagName: 'div', properties: { className: ['part', `part-${attribute(node, 'kind') ?? ''}`] }, children };
}

const COMPONENTS = { Fact: fact, Part: part } as const;

/**
 * The element a component stands for.
 * @param node A component in the body.
 * @param children Its children, already converted.
 * @param firstLine The file's line the body starts on, for errors.
 */
export function componentElement(node: MdxJsxFlowElement | MdxJsxTextElement, children: ElementContent[], firstLine = 1): Element {
	const make = node.name === null ? undefined : COMPONENTS[node.name as keyof typeof COMPONENTS];
	if (make === undefined) {
		const line = (node.position?.start.line ?? 1) + firstLine - 1;
		throw new Error(`第 ${line} 行有未知组件 <${node.name ?? ''}>，通知正文只能有 Fact 和 Part / line ${line} has an unknown component <${node.name ?? ''}>; a notice body holds only Fact and Part`);
	}
	return make(node, children);
}
