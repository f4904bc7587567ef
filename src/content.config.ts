/**
 * The content collections: notice records (frontmatter, checked by NoticeSchema) with their full
 * text (MDX body), written by `npm run ingest` into content/notices; and the hand-kept domain
 * taxonomy in content/domains (one YAML file per canonical domain).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DomainEntrySchema } from './schemas/domain.ts';
import { NoticeSchema } from './schemas/notice.ts';

// NOTICES_DIR lets the site be built from test fixtures without touching content/notices.
const base = process.env['NOTICES_DIR'] ?? './content/notices';

const notices = defineCollection({
	loader: glob({ base, pattern: '**/*.mdx' }),
	schema: NoticeSchema,
});

const domains = defineCollection({
	loader: glob({ base: process.env['DOMAINS_DIR'] ?? './content/domains', pattern: '*.yaml' }),
	schema: DomainEntrySchema,
});

export const collections = { notices, domains };
