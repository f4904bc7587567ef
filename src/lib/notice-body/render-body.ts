/**
 * A notice's MDX body as the HTML of its page's 通知全文: parsed (parse-body.ts), components as
 * their elements (components.ts), headings one level down under the page's h2 with the ids MDX
 * gave them, links to other sites opened without handing them this window.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Link, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defaultHandlers, toHast, type Handler, type State } from 'mdast-util-to-hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { componentElement } from './components.ts';
import { parseBody } from './parse-body.ts';
import { unravel } from './unravel.ts';

/**
 * `##` is h3 (the page's 通知全文 is h2), down to h6; `######` would be h7, which HTML lacks: ARIA
 * allows it, so headings stay in order for screen readers.
 */
function headingHandler(slugger: GithubSlugger): Handler {
	return (state: State, node: Heading): Element => {
		const id = slugger.slug(toString(node));
		const children = state.all(node);
		const element: Element =
			node.depth === 1
				? { type: 'element', tagName: 'h1', properties: { id }, children }
				: node.depth < 6
					? { type: 'element', tagName: `h${node.depth + 1}`, properties: { id }, children }
					: { type: 'element', tagName: 'p', properties: { role: 'heading', ariaLevel: '7', className: ['heading-7'], id }, children };
		state.patch(node, element);
		return state.applyData(node, element);
	};
}

/** The schemes a notice may link to; a GFM autolink of any other (`xmpp:…`) stays text. */
const SAFE_LINK = /^(?:https?:|mailto:|tel:)/iu;

/**
 * Ingest emits only http(s), mailto and tel links, and GFM links bare addresses in the text
 * (`www.…`, `a@b.cn` as mailto, as MDX did); any other scheme stays text. A link to another site
 * gets rel="noopener noreferrer".
 */
function link(state: State, node: Link): Element | ElementContent[] {
	if (!SAFE_LINK.test(node.url)) return state.all(node);
	const element = defaultHandlers.link(state, node);
	if (/^https?:\/\//iu.test(node.url)) element.properties['rel'] = ['noopener', 'noreferrer'];
	return element;
}

function component(firstLine: number): Handler {
	return (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element => componentElement(node, state.all(node), firstLine);
}

/** What would run as code in MDX (an `import`, an `{expression}`): ingest never writes it. */
function code(firstLine: number): Handler {
	return (_state: State, node: Nodes): never => {
		const line = (node.position?.start.line ?? 1) + firstLine - 1;
		throw new Error(`第 ${line} 行是代码（${node.type}），通知正文只能是文本 / line ${line} is code (${node.type}); a notice body holds text only`);
	};
}

/**
 * The body's HTML.
 * @param body The MDX after its frontmatter, as ingest wrote it.
 * @param firstLine The file's line the body starts on, for errors.
 * @example renderBody('## 一、要求\n\n正文') // '<h3 id="一要求">一、要求</h3>\n<p>正文</p>'
 */
export function renderBody(body: string, firstLine = 1): string {
	const tree = unravel(parseBody(body));
	const hast = toHast(tree, {
		handlers: {
			heading: headingHandler(new GithubSlugger()),
			link,
			mdxJsxFlowElement: component(firstLine),
			mdxJsxTextElement: component(firstLine),
			mdxjsEsm: code(firstLine),
			mdxFlowExpression: code(firstLine),
			mdxTextExpression: code(firstLine),
		},
	});
	// `data-pagefind-ignore`, `<br/>` and `&lt;`, as MDX wrote them (`>` in text needs no escape).
	return toHtml(hast, { collapseEmptyAttributes: true, closeSelfClosing: true, tightSelfClosing: true, characterReferences: { useNamedReferences: true } });
}
