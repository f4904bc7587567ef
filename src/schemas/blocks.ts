/**
 * A notice's text as blocks: its headings and paragraphs in reading order, each with its outline
 * number, level, structural part and attachment as data. Ingest writes them beside the MDX
 * (`content/notices/<id>.blocks.json`); the comparator and the compare picker read them, so no one
 * parses the MDX body or an outline number a second time. The record (frontmatter) stays the facts.
 * It imports nothing from `astro:*`, so plain Node scripts and vitest can load it.
 */
import { z } from 'astro/zod';

/** The structural parts of a notice outside its body, as `<Part kind>` marks them in the MDX. */
export const PART_KINDS = ['masthead', 'docNumber', 'title', 'salutation', 'signature', 'closing'] as const;

const common = {
	/** 正文: the text without its outline number, trimmed; signature lines joined by `\n`. `申报条件` */
	text: z.string(),
	/** 序号: the outline number as written, with the space after it if the notice has one; null when none. `（三）`, `1. ` */
	numbering: z.string().min(1).nullable(),
	/** 层级: depth in the numbering outline, 1 for the outermost style in use; null when unnumbered. */
	level: z.number().int().min(1).nullable(),
	/** 附件: the number of the attachment it belongs to (附件2 → 2), 0 for an unnumbered one, null in the notice itself. */
	attachment: z.number().int().min(0).nullable(),
};

/** One block: a heading (`一、重点领域`, `附件1`) or a paragraph. */
export const BlockSchema = z.discriminatedUnion('type', [
	z.strictObject({
		type: z.literal('heading'),
		/** 标题深度: 2 for a top section or an attachment's label, deeper for nested ones. */
		depth: z.number().int().min(2).max(6),
		...common,
	}),
	z.strictObject({
		type: z.literal('paragraph'),
		...common,
		/** 结构部分: set on the notice's structural lines (版头, 发文字号, 标题, 主送, 落款, 版记). */
		part: z.enum(PART_KINDS).nullable(),
	}),
]);

/** What `<id>.blocks.json` holds. */
export const NoticeBlocksSchema = z.strictObject({
	/** The notice's blocks in reading order. */
	blocks: z.array(BlockSchema),
});

/** One block of a notice's text. */
export type NoticeBlock = z.output<typeof BlockSchema>;
