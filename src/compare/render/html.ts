/**
 * A minimal element tree and its HTML serializer, for the one comparison renderer that runs both
 * at build time (Astro `set:html`) and in the picker's Web Worker. hast-util-to-html would do the
 * same in 11 kB gzipped, a third of the picker's 30 kB budget; this needs escaping of five
 * characters, nothing else, as every tag and attribute name here is a literal in our code.
 */

/** An element: tag, attributes (false/undefined omitted, true = bare), children. */
export interface Element {
	tag: string;
	attrs: Record<string, string | number | boolean | undefined>;
	children: Child[];
}

/** What may sit inside an element: another element, text, or nothing. */
export type Child = Element | string | null | undefined | false;

/**
 * Build an element.
 * @example h('p', { class: 'note' }, '文本') // { tag: 'p', attrs: { class: 'note' }, children: ['文本'] }
 */
export function h(tag: string, attrs: Element['attrs'] = {}, ...children: (Child | Child[])[]): Element {
	return { tag, attrs, children: children.flat() };
}

// Elements HTML forbids children for.
const VOID = new Set(['br', 'hr', 'input', 'meta', 'link', 'img', 'wbr']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML content or a double-quoted attribute value.
 * @example escapeHtml('<b>&') // '&lt;b&gt;&amp;'
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Serialize a tree: text escaped, attributes quoted, null/false children skipped.
 * @example toHtml(h('p', { id: 'x' }, 'a<b')) // '<p id="x">a&lt;b</p>'
 */
export function toHtml(node: Child): string {
	if (node === null || node === undefined || node === false) return '';
	if (typeof node === 'string') return escapeHtml(node);
	let attrs = '';
	for (const [name, value] of Object.entries(node.attrs)) {
		if (value === undefined || value === false) continue;
		attrs += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
	}
	if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
	return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}
