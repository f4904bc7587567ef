/**
 * Reads a real record from content/notices/<id>.mdx for tests: the frontmatter is one
 * `key: <JSON>` line per field (ingest writes it so), checked by NoticeSchema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoticeSchema, type NoticeRecord } from '../../src/schemas/notice.ts';

const NOTICES = join(import.meta.dirname, '../../content/notices');

/**
 * The record of one committed notice.
 * @param id The notice id, which is also its file name.
 * @example readNotice('national-2026-pilot-call').year // 2026
 */
export function readNotice(id: string): NoticeRecord {
	const text = readFileSync(join(NOTICES, `${id}.mdx`), 'utf8');
	const [, frontmatter] = /^---\n([\s\S]*?)\n---\n/u.exec(text) ?? [];
	if (frontmatter === undefined) throw new Error(`Cannot read \`${id}.mdx\`, expected --- frontmatter ---`);
	const data: Record<string, unknown> = {};
	for (const line of frontmatter.split('\n')) {
		const colon = line.indexOf(': ');
		if (colon < 0) throw new Error(`Cannot read \`${line}\` in ${id}.mdx, expected \`key: <JSON>\``);
		data[line.slice(0, colon)] = JSON.parse(line.slice(colon + 2));
	}
	return NoticeSchema.parse(data);
}
