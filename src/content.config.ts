/**
 * The content collections: notice records (frontmatter, checked by NoticeSchema) with their full
 * text (MDX body, rendered to HTML by the notice loader), written by `npm run ingest` into
 * content/notices; and the hand-kept domain taxonomy in content/domains (one YAML file per
 * canonical domain). Each notice's text as blocks for the comparator (`<id>.blocks.json` beside
 * its MDX) is read by lib/compare/compare-docs.ts, not kept in Astro's content store.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noticeLoader } from './lib/build/notice-loader.ts';
import { DomainEntrySchema } from './schemas/domain.ts';
import { NoticeSchema } from './schemas/notice.ts';

// NOTICES_DIR lets the site be built from test fixtures without touching content/notices.
const base = process.env['NOTICES_DIR'] ?? './content/notices';

const notices = defineCollection({
	// Bodies rendered to HTML once per file digest (lib/build/notice-loader.ts), not MDX modules.
	loader: noticeLoader(base),
	schema: NoticeSchema,
});

const domains = defineCollection({
	loader: glob({ base: process.env['DOMAINS_DIR'] ?? './content/domains', pattern: '*.yaml' }),
	schema: DomainEntrySchema,
});

export const collections = { notices, domains };
