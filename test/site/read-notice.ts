/**
 * A notice file as tests read it without Astro: the record in its frontmatter (one
 * `key: <JSON>` per line, as ingest writes it) and the paragraphs of its MDX body.
 */
import { readFileSync } from 'node:fs';
import { bodyParagraphs } from '../../src/lib/compare/body-paragraphs.ts';
import { mdxToBlocks } from '../../src/compare/mdx-to-blocks.ts';
import { NoticeSchema, type NoticeRecord } from '../../src/schemas/notice.ts';

/** The record and body paragraphs (structural lines left out) of one MDX notice file. */
export function readNotice(file: string): { record: NoticeRecord; paragraphs: string[] } {
	const [, frontmatter = '', ...body] = readFileSync(file, 'utf8').split(/^---$/m);
	const entries = frontmatter
		.trim()
		.split('\n')
		.map((line) => {
			const colon = line.indexOf(': ');
			return [line.slice(0, colon), JSON.parse(line.slice(colon + 2)) as unknown];
		});
	const record = NoticeSchema.parse(Object.fromEntries(entries));
	return { record, paragraphs: bodyParagraphs(mdxToBlocks(body.join('---'))) };
}
