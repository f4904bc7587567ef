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
	// Most calls pass no list: keep the rest array as it is rather than copy it flat.
	return { tag, attrs, children: children.some(Array.isArray) ? children.flat() : (children as Child[]) };
}

// Elements HTML forbids children for.
const VOID = new Set(['br', 'hr', 'input', 'meta', 'link', 'img', 'wbr']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/**
 * Escape text for HTML content or a double-quoted attribute value.
 * @example escapeHtml('<b>&') // '&lt;b&gt;&amp;'
 */
export function escapeHtml(text: string): string {
	// Most text of a notice has none of the five: return it as it is, without a replacement pass.
	return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c] ?? c) : text;
}

/**
 * Serialize a tree: text escaped, attributes quoted, null/false children skipped.
 * @example toHtml(h('p', { id: 'x' }, 'a<b')) // '<p id="x">a&lt;b</p>'
 */
export function toHtml(node: Child): string {
	// One string grown in document order: a comparison page is thousands of elements, and joining
	// each element's children into a string of its own copied the text once per level.
	let out = '';
	const write = (child: Child): void => {
		if (child === null || child === undefined || child === false) return;
		if (typeof child === 'string') {
			out += escapeHtml(child);
			return;
		}
		out += `<${child.tag}`;
		for (const name in child.attrs) {
			const value = child.attrs[name];
			if (value === undefined || value === false) continue;
			out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
		}
		out += '>';
		if (VOID.has(child.tag)) return;
		for (const grandchild of child.children) write(grandchild);
		out += `</${child.tag}>`;
	};
	write(node);
	return out;
}
