/**
 * A notice's MDX body as mdast, read with the grammar MDX itself uses (micromark's MDX extensions
 * and GFM), so every file ingest wrote reads as it did under @astrojs/mdx. Nothing in it is run:
 * the notice loader renders the tree to HTML itself, and a body holding code (an `import`, an
 * `{expression}`) is refused there (render-body.ts), as ingest never writes one.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * Parses a notice body.
 * @param body The MDX after its frontmatter.
 * @example parseBody('## 一、要求\n\n<Fact ids="quota-0" kind="quota">不超过2个</Fact>').children.length // 2
 */
export function parseBody(body: string): Root {
	return fromMarkdown(body, {
		extensions: [mdxjs(), gfm()],
		mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
	});
}
