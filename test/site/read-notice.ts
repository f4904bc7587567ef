/**
 * A notice file as tests read it without Astro: the record in its frontmatter (one
 * `key: <JSON>` per line, as ingest writes it) and the body paragraphs of the blocks ingest wrote
 * beside it (`<id>.blocks.json`).
 */
import { readFileSync } from 'node:fs';
import { bodyParagraphs } from '../../src/lib/compare/body-paragraphs.ts';
import { NoticeBlocksSchema } from '../../src/schemas/blocks.ts';
import { NoticeSchema, type NoticeRecord } from '../../src/schemas/notice.ts';

/** The record and body paragraphs (structural lines left out) of one MDX notice file. */
export function readNotice(file: string): { record: NoticeRecord; paragraphs: string[] } {
	const [, frontmatter = ''] = readFileSync(file, 'utf8').split(/^---$/m);
	const entries = frontmatter
		.trim()
		.split('\n')
		.map((line) => {
			const colon = line.indexOf(': ');
			return [line.slice(0, colon), JSON.parse(line.slice(colon + 2)) as unknown];
		});
	const record = NoticeSchema.parse(Object.fromEntries(entries));
	const blocks = NoticeBlocksSchema.parse(JSON.parse(readFileSync(file.replace(/\.mdx$/u, '.blocks.json'), 'utf8'))).blocks;
	return { record, paragraphs: bodyParagraphs(blocks) };
}
