/**
 * Reads a real notice from content/notices/<id>.mdx for tests and benchmarks: the frontmatter is
 * one `key: <JSON>` line per field (ingest writes it so), checked by NoticeSchema; its text blocks
 * come from `<id>.blocks.json`, checked by NoticeBlocksSchema, as the site reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareDoc, TextBlock } from '../../src/compare/types.ts';
import { NoticeBlocksSchema } from '../../src/schemas/blocks.ts';
import { NoticeSchema, type NoticeRecord } from '../../src/schemas/notice.ts';

const NOTICES = join(import.meta.dirname, '../../content/notices');

/** Ids of the committed notices, sorted. */
export const noticeIds: string[] = readdirSync(NOTICES)
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => f.slice(0, -'.mdx'.length))
	.sort();

/**
 * The text blocks ingest wrote for one committed notice.
 * @param id The notice id.
 */
export function readBlocks(id: string): TextBlock[] {
	return NoticeBlocksSchema.parse(JSON.parse(readFileSync(join(NOTICES, `${id}.blocks.json`), 'utf8'))).blocks;
}

/**
 * A committed notice as the comparison reads it.
 * @param id The notice id.
 */
export function readCompareDoc(id: string): CompareDoc {
	return { record: readNotice(id), blocks: readBlocks(id) };
}

/**
 * The record of one committed notice.
 * @param id The notice id, which is also its file name.
 * @example readNotice('national-2026-pilot-call').year // 2026
 */
export function readNotice(id: string): NoticeRecord {
	return readNoticeFile(join(NOTICES, `${id}.mdx`));
}

/**
 * The record of a notice file anywhere (a fixture site's, say).
 * @param path The .mdx file.
 * @example readNoticeFile('test/fixtures/site/2026/national-2026-pilot-call.mdx').year // 2026
 */
export function readNoticeFile(path: string): NoticeRecord {
	const text = readFileSync(path, 'utf8');
	const [, frontmatter] = /^---\n([\s\S]*?)\n---\n/u.exec(text) ?? [];
	if (frontmatter === undefined) throw new Error(`Cannot read \`${path}\`, expected --- frontmatter ---`);
	const data: Record<string, unknown> = {};
	for (const line of frontmatter.split('\n')) {
		const colon = line.indexOf(': ');
		if (colon < 0) throw new Error(`Cannot read \`${line}\` in ${path}, expected \`key: <JSON>\``);
		data[line.slice(0, colon)] = JSON.parse(line.slice(colon + 2));
	}
	return NoticeSchema.parse(data);
}
