/**
 * A DOM tree (a saved page's article, or mammoth's HTML of a Word file) → text, one paragraph
 * per line: each block element is a line, a table row is one `cell：cell cell` line (so a
 * contact table reads 联系人：张三 010-12345678, as the contact rules expect), `<br>` breaks.
 */

const BLOCKS = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
	'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
	'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG', 'BUTTON', 'SELECT']);

/** The parts of a DOM node this needs (linkedom's nodes satisfy it). */
export interface DomNode {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Collapses runs of white space (ideographic and no-break spaces too) to one space. */
const collapse = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ');

/** A table row's cells as one line: the first cell, a full-width colon, the others spaced. */
function rowLine(row: DomNode, lines: string[]): void {
	const cells = Array.from(row.childNodes)
		.filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH')
		.map((cell) => inlineText(cell).trim())
		.filter((cell) => cell !== '');
	if (cells.length === 0) return;
	const [first, ...rest] = cells;
	const head = first!.replace(/[:：]$/, '');
	lines.push(rest.length === 0 ? head : `${head}：${rest.join(' ')}`);
}

/** The text of a node as one line, block children joined by spaces. */
function inlineText(node: DomNode): string {
	const inner: string[] = [];
	walk(node, inner);
	return inner.map((l) => l.trim()).filter((l) => l !== '').join(' ');
}

function walk(node: DomNode, lines: string[]): void {
	let current = '';
	const flush = () => {
		if (current.trim() !== '') lines.push(current.trim());
		current = '';
	};
	for (const child of Array.from(node.childNodes)) {
		if (child.nodeType === TEXT_NODE) {
			current += collapse(child.textContent ?? '');
		} else if (child.nodeType === ELEMENT_NODE && !SKIPPED.has(child.nodeName)) {
			if (child.nodeName === 'BR') flush();
			else if (child.nodeName === 'TR') (flush(), rowLine(child, lines));
			else if (BLOCKS.has(child.nodeName)) (flush(), walk(child, lines));
			else {
				const inner: string[] = [];
				walk(child, inner);
				// An inline element holding blocks (a <span> around <p>s) breaks like a block.
				if (inner.length > 1) (flush(), lines.push(...inner));
				else current += inner[0] ?? '';
			}
		}
	}
	flush();
}

/**
 * The text of a DOM subtree, one paragraph per line.
 * @example htmlToText(parseHTML('<p>一、</p><table><tr><td>联系人</td><td>张三</td></tr></table>').document.body)
 * // '一、\n联系人：张三\n'
 */
export function htmlToText(root: DomNode): string {
	const lines: string[] = [];
	walk(root, lines);
	return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
