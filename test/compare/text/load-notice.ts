/** Reads a real notice's MDX body (after its frontmatter) into text blocks. */
import { readFileSync, readdirSync } from 'node:fs';
import { mdxToBlocks } from '../../../src/compare/mdx-to-blocks.ts';
import type { TextBlock } from '../../../src/compare/types.ts';

const DIR = new URL('../../../content/notices/', import.meta.url);

/** Ids of the real notices, sorted. */
export const noticeIds: string[] = readdirSync(DIR)
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => f.slice(0, -'.mdx'.length))
	.sort();

/** The blocks of content/notices/<id>.mdx. */
export function loadNotice(id: string): TextBlock[] {
	const lines = readFileSync(new URL(`${id}.mdx`, DIR), 'utf8').split('\n');
	const end = lines.indexOf('---', 1);
	return mdxToBlocks(lines.slice(end + 1).join('\n'));
}
