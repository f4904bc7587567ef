/**
 * The record as MDX frontmatter: one `key: <JSON>` per line, in the schema's key order. JSON is
 * valid YAML, so nothing in a notice's text can change the frontmatter's structure.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';

/**
 * Writes a record as a frontmatter block.
 * @example recordToFrontmatter({ id: 'a', … }) // '---\nid: "a"\n…\n---\n'
 */
export function recordToFrontmatter(record: NoticeRecord): string {
	const lines = Object.entries(record).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
	return `---\n${lines.join('\n')}\n---\n`;
}
