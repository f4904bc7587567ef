/**
 * The schema of a canonical domain (领域) in content/domains/<id>.yaml: the taxonomy that lets the
 * comparison and the domain pages meet 高新技术, 高技术 and 科技创新 as one domain.
 * It imports nothing from `astro:*`, so plain Node scripts and vitest can load it.
 */
import { z } from 'astro/zod';

const text = z.string().trim().min(1);

export const DomainEntrySchema = z
	.object({
		/** 规范名称: the canonical name, without 领域, e.g. `高新技术`. */
		name: text,
		/** 别名: other names calls use, e.g. `["高技术", "科技创新"]`. */
		aliases: z.array(text).default([]),
		/** 重点方向: focus areas with their aliases, e.g. `{ name: "养老家政", aliases: ["家政服务"] }`. */
		focus: z.array(z.object({ name: text, aliases: z.array(text).default([]) }).strict()).default([]),
	})
	.strict();

/** A domain file's content; its id is the file name. */
export type DomainEntryData = z.output<typeof DomainEntrySchema>;

/** A canonical domain of the taxonomy: its file's content and its id, the file name (`high-tech`). */
export type DomainEntry = { id: string } & DomainEntryData;

/** The taxonomy as ingest, the comparison and the site receive it, sorted by id. */
export type DomainTaxonomy = readonly DomainEntry[];
