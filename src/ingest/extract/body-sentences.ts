/**
 * The sentences of a notice's body paragraphs, for the rules that read its wording about what to
 * do (the submission route, the materials, who a date binds): headings, structural lines
 * (masthead, title, salutation, signature…) and the attachment list (附件：1.…) left out.
 */
import { partOf, withoutNumbering, type Block } from './blocks.ts';
import { sentencesOf, type Span } from './context.ts';

/**
 * Every sentence of the body paragraphs, in reading order, at its offset in the logical text.
 * @param blocks The notice's blocks.
 * @example bodySentences(blocksOf(tree)).map((s) => s.text) // ['申请表一式三份。', '报送区市场监管局。']
 */
export function bodySentences(blocks: readonly Block[]): Span[] {
	return blocks.flatMap((block) =>
		block.node.type === 'paragraph' && partOf(block) === undefined && !block.node.data?.listsAttachments ? sentencesOf(withoutNumbering(block)) : [],
	);
}
