/**
 * 附件: the attachment list (附件：1.…), else the attachments' own headings and titles.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseAttachmentLine, type ListedAttachment } from '../segment/attachment-list.ts';
import { addAnchor, blocksOfFile, noticeOf } from './context.ts';

/** The unified plugin that fills `attachments`. */
export function remarkNoticeAttachments() {
	return (_tree: Root, file: VFile) => {
		const blocks = blocksOfFile(file);
		let listed: ListedAttachment[] = blocks
			.filter((b) => b.node.data?.listsAttachments && !b.node.data.inAttachment)
			.flatMap((b) => parseAttachmentLine(b.text, b.start, /^附\s*件/.test(b.text)));
		if (listed.length === 0) {
			listed = blocks
				.filter((b) => b.node.type === 'paragraph' && b.node.data?.part === 'title' && b.node.data.inAttachment)
				.map((b) => ({ no: b.node.data?.attachment ?? null, title: b.text, start: b.start, end: b.start + b.text.length }));
		}
		noticeOf(file).attachments = listed.map((item, i) => {
			addAnchor(file, 'attachment', i, item.start, item.end);
			return { no: item.no, title: item.title.replace(/\s+/g, '') };
		});
	};
}
