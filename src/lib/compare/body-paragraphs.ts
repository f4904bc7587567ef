/**
 * A notice's text as its paragraphs, for rules that still read the wording (the submission route,
 * the applicant checklist) until ingest writes those facts into the record (issue 13, point 1).
 * Reads the blocks ingest wrote; nothing is parsed again.
 */
import { numberedText } from '../../text/outline-number.ts';
import type { TextBlock } from '../../compare/types.ts';

/**
 * The body paragraphs as printed (outline number included), structural lines (masthead, title,
 * signature…) and headings left out.
 * @param blocks A notice's text blocks ((await compareDocOf(entry)).blocks).
 * @example bodyParagraphs([{ type: 'paragraph', numbering: '1.', text: '正文。', part: null, level: 1, attachment: null }]) // ['1.正文。']
 */
export function bodyParagraphs(blocks: readonly TextBlock[]): string[] {
	return blocks.flatMap((block) => (block.type === 'paragraph' && block.part === null ? [numberedText(block)] : []));
}
