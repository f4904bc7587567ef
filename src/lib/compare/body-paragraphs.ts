/**
 * A notice's text as its paragraphs, for rules that read the wording (the submission route, the
 * applicant checklist). Reads the blocks the comparator already parsed from the MDX body, so a
 * build parses each body once.
 */
import type { TextBlock } from '../../compare/types.ts';

/**
 * The body paragraphs, structural lines (masthead, title, signature…) and headings left out.
 * @param blocks A notice's text blocks (compareDocOf(entry).blocks, or mdxToBlocks(body)).
 * @example bodyParagraphs(mdxToBlocks('## 一、范围\n\n正文。')) // ['正文。']
 */
export function bodyParagraphs(blocks: readonly TextBlock[]): string[] {
	return blocks.flatMap((block) => (block.type === 'paragraph' && block.part === undefined ? [block.text] : []));
}
