/**
 * The sentences of a notice's body paragraphs, for the rules that read its wording about what to
 * do (the submission route, the materials, who a date binds): headings, structural lines
 * (masthead, title, salutation, signature…) and the attachment list (附件：1.…) left out.
 */
import { partOf, type Block } from './blocks.ts';
import { sentencesOf, type Span } from './context.ts';

/**
 * The sentences of a block's body (its text without the number marker), split once per block
 * and stop set and shared: submission, materials, deadlines, quotas and conditions each read the
 * same paragraphs, and splitting them again in each was a fifth of parse time (issue 16). The
 * spans live on the block, so they go with the file's blocks; readers must not change them.
 * @param block A block of `blocksOf`.
 * @param stops The marks that end a sentence, as `sentencesOf` takes them.
 * @example blockSentences(blocksOf(tree)[0]!, '。').map((s) => s.text) // ['申请表一式三份。', '报送区局；寄送']
 */
export function blockSentences(block: Block, stops = '。！？；'): readonly Span[] {
	let sentences = block.sentences.get(stops);
	if (sentences === undefined) block.sentences.set(stops, (sentences = sentencesOf(block.body, stops)));
	return sentences;
}

/**
 * Every sentence of the body paragraphs, in reading order, at its offset in the logical text.
 * @param blocks The notice's blocks.
 * @example bodySentences(blocksOf(tree)).map((s) => s.text) // ['申请表一式三份。', '报送区市场监管局。']
 */
export function bodySentences(blocks: readonly Block[]): Span[] {
	const sentences: Span[] = [];
	for (const block of blocks) {
		if (block.node.type !== 'paragraph' || partOf(block) !== undefined || block.node.data?.listsAttachments) continue;
		// One by one: spreading a paragraph of 100,000 sentences into push overflows the stack.
		for (const sentence of blockSentences(block)) sentences.push(sentence);
	}
	return sentences;
}
