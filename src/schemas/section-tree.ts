/**
 * # Syntax tree of a notice
 *
 * A notice's text becomes an mdast tree (so unist-util-visit and mdast-util-to-markdown work on
 * it unchanged). Only these nodes occur:
 *
 * - `heading` (depth 2–6): a numbered section heading (`一、重点领域`, `（一）项目申请`) or an
 *   attachment label (`附件 1`); `data.numbering` holds the marker, `data.kind` is `attachment`
 *   for the label.
 * - `paragraph`: a paragraph, a numbered item (`data.numbering`, `data.level`), or one of the
 *   notice's structural parts (`data.part`: masthead, docNumber, title, salutation, signature,
 *   closing) — the signature's lines are joined by `break` nodes.
 * - `text`, `break` inside them.
 *
 * Every node's `position` offsets point into the notice's logical text (normalized, broken lines
 * joined); `data.attachment` is the number of the attachment a node belongs to (`null` for an
 * unnumbered attachment, absent for the notice itself), and `data.inAttachment` is true there.
 * The text of a node is exactly the notice's text: numbering stays in it.
 *
 * The root's `data.page` holds the lines of web-page chrome around the notice (发布时间, 来源,
 * breadcrumbs, a metadata block): not part of the notice, but facts are read from them when the
 * notice itself lacks them (its issue date, its issuer, its 文号).
 */
import type {} from 'mdast';
import type { PART_KINDS } from './blocks.ts';

/** The structural parts of a notice outside its body. */
export type PartKind = (typeof PART_KINDS)[number];

interface NoticeNodeData {
	/** The number marker this line starts with: `（一）`. */
	numbering?: string;
	/** Depth of the item in the numbering outline, 1 for the outermost style in use. */
	level?: number;
	/** Set on the nodes of an attachment. */
	inAttachment?: boolean;
	/** The attachment's number, `null` when unnumbered. */
	attachment?: number | null;
	/** Set on the line that lists the attachments (附件：1.…) and on its items. */
	listsAttachments?: boolean;
}

/** One line of page chrome: its text, trimmed, and its offset in the logical text. */
export interface PageLine {
	text: string;
	start: number;
}

declare module 'mdast' {
	interface RootData {
		page?: PageLine[];
	}
	interface ParagraphData extends NoticeNodeData {
		part?: PartKind;
	}
	interface HeadingData extends NoticeNodeData {
		kind?: 'section' | 'attachment';
	}
}
