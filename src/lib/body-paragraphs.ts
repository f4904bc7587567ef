/**
 * A notice's MDX body as the paragraphs of its text, for rules that read the wording (the
 * submission route). Parsed, never run, by the comparator's reader.
 */
import { mdxToBlocks } from '../compare/mdx-to-blocks.ts';

/**
 * The paragraphs of a body, structural lines (masthead, title, signature…) and headings left out.
 * @param body The MDX after its frontmatter.
 * @example bodyParagraphs('## 一、范围\n\n正文。') // ['正文。']
 */
export function bodyParagraphs(body: string): string[] {
	return mdxToBlocks(body).flatMap((block) =>
		block.type === 'paragraph' && block.part === undefined ? [block.text] : [],
	);
}
