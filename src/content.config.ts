/**
 * The one content collection: notice records (frontmatter, checked by NoticeSchema) with their
 * full text (MDX body), written by `npm run ingest` into content/notices.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { NoticeSchema } from './schemas/notice.ts';

// NOTICES_DIR lets the site be built from test fixtures without touching content/notices.
const base = process.env['NOTICES_DIR'] ?? './content/notices';

const notices = defineCollection({
	loader: glob({ base, pattern: '**/*.mdx' }),
	schema: NoticeSchema,
});

export const collections = { notices };
