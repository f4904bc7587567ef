/**
 * 成文日期: the date under the signature, else the 印发 date of the closing lines, else the date
 * the web page says it posted the notice (发布时间: SOURCES.md).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findDates, toIsoDate } from '../../text/dates.ts';
import { blocksOfFile, noticeOf } from './context.ts';
import { pageFactsOf } from './page-facts.ts';

/** The unified plugin that fills `issuedOn`. */
export function remarkNoticeIssuedOn() {
	return (tree: Root, file: VFile) => {
		const blocks = blocksOfFile(file).filter((b) => !b.node.data?.inAttachment);
		const signed = blocks.filter((b) => b.node.type === 'paragraph' && b.node.data?.part === 'signature');
		const printed = blocksOfFile(file).filter((b) => b.node.type === 'paragraph' && b.node.data?.part === 'closing');
		let issuedOn: string | null = null;
		for (const block of [...signed, ...printed]) {
			const date = findDates(block.text.split('\n').at(-1)!).at(-1);
			if (date && (issuedOn = toIsoDate(date))) break;
		}
		noticeOf(file).issuedOn = issuedOn ?? pageFactsOf(tree).postedOn;
	};
}
