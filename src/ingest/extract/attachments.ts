/**
 * 附件: the attachment list (附件：1.…), else the attachments' own headings and titles. A list
 * given twice (before and after the signature) counts once; attachments the body names
 * (《…申报书》（附件4）) fill the numbers a list cut short lacks, or stand for a missing list.
 * Each gets its `kind`, the sort of document its title ends in (attachment-kind.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseAttachmentLine, titleKey, type ListedAttachment } from '../segment/attachment-list.ts';
import { attachmentKind } from './attachment-kind.ts';
import { attachmentRefs } from './attachment-refs.ts';
import { partOf, type Block } from './blocks.ts';
import { addAnchor, blocksOfFile, noticeOf } from './context.ts';

/** Keeps the first of each title and, among numbered items, the first of each number. */
function dedupe(items: ListedAttachment[]): ListedAttachment[] {
	const titles = new Set<string>();
	const numbers = new Set<number>();
	return items.filter((item) => {
		const key = titleKey(item.title);
		if (titles.has(key) || (item.no !== null && numbers.has(item.no))) return false;
		titles.add(key);
		if (item.no !== null) numbers.add(item.no);
		return true;
	});
}

/**
 * Numbered items (1. 2. …) right under a bare 附件： heading: a list in the signature area that
 * the segmenter took for the start of an attachment's own text, which has a title line first.
 */
function listUnderHeading(blocks: Block[]): ListedAttachment[] {
	const out: ListedAttachment[] = [];
	for (const [i, b] of blocks.entries()) {
		if (b.node.type !== 'heading' || b.node.data?.kind !== 'attachment' || b.node.data.attachment != null) continue;
		for (let j = i + 1; j < blocks.length; j++) {
			const item = blocks[j]!;
			// Short items may have been taken for section headings.
			const marker = item.node.data?.numbering;
			if (!marker || Number(/\d+/.exec(marker)?.[0]) !== j - i || item.text.length > 120) break;
			out.push(...parseAttachmentLine(item.text, item.start, false));
		}
	}
	return out;
}

/** The unified plugin that fills `attachments`. */
export function remarkNoticeAttachments() {
	return (_tree: Root, file: VFile) => {
		const blocks = blocksOfFile(file);
		let listed: ListedAttachment[] = blocks
			.filter((b) => b.node.data?.listsAttachments && !b.node.data.inAttachment)
			.flatMap((b) => parseAttachmentLine(b.text, b.start, /^附\s*件/.test(b.text)));
		if (listed.length === 0) listed = listUnderHeading(blocks);
		if (listed.length === 0) {
			listed = blocks
				.filter((b) => b.node.type === 'paragraph' && b.node.data?.part === 'title' && b.node.data.inAttachment)
				.map((b) => ({ no: b.node.data?.attachment ?? null, title: b.text, start: b.start, end: b.start + b.text.length }));
		}
		const named = blocks
			.filter((b) => !b.node.data?.listsAttachments && !b.node.data?.inAttachment && !partOf(b))
			.flatMap((b) => attachmentRefs(b.text, b.start))
			// With a list, the body adds only numbers the list lacks; an unnumbered name is not one.
			.filter((ref) => listed.length === 0 || ref.no !== null);
		noticeOf(file).attachments = dedupe([...listed, ...named]).map((item, i) => {
			addAnchor(file, 'attachment', i, item.start, item.end);
			const title = item.title.replace(/\s+/g, '');
			// 附件0 (a forwarded call put before the forms) has no place in the schema's positive numbers.
			return { no: item.no === 0 ? null : item.no, title, kind: attachmentKind(title) || null };
		});
	};
}
