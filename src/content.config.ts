/**
 * The content collections: notice records (frontmatter, checked by NoticeSchema) with their full
 * text (MDX body, rendered to HTML by the notice loader), and each notice's text as blocks for the comparator (`<id>.blocks.json`,
 * checked by NoticeBlocksSchema, keyed by the notice's id), both written by `npm run ingest` into
 * content/notices; and the hand-kept domain taxonomy in content/domains (one YAML file per
 * canonical domain).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noticeLoader } from './lib/build/notice-loader.ts';
import { NoticeBlocksSchema } from './schemas/blocks.ts';
import { DomainEntrySchema } from './schemas/domain.ts';
import { NoticeSchema } from './schemas/notice.ts';

// NOTICES_DIR lets the site be built from test fixtures without touching content/notices.
const base = process.env['NOTICES_DIR'] ?? './content/notices';

const notices = defineCollection({
	// Bodies rendered to HTML once per file digest (lib/build/notice-loader.ts), not MDX modules.
	loader: noticeLoader(base),
	schema: NoticeSchema,
});

const BLOCKS_FILE = /(?:^|\/)([^/]+)\.blocks\.json$/u;

const blocks = defineCollection({
	// Keyed by the notice's id (ingest names the file after it), whatever folder the file is in.
	loader: glob({ base, pattern: '**/*.blocks.json', generateId: ({ entry }) => BLOCKS_FILE.exec(entry)?.[1] ?? entry }),
	schema: NoticeBlocksSchema,
});

const domains = defineCollection({
	loader: glob({ base: process.env['DOMAINS_DIR'] ?? './content/domains', pattern: '*.yaml' }),
	schema: DomainEntrySchema,
});

export const collections = { notices, blocks, domains };
