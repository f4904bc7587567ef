/**
 * A notice file's frontmatter (YAML between `---` lines, as ingest writes it) and its body.
 */
import { parseFrontmatter } from './parse-frontmatter.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

/**
 * Splits and parses; throws one line naming the file when there is no mapping between `---` lines.
 * @param contents The whole file.
 * @param file Its path, for the error.
 * @example splitFrontmatter('---\nid: "a"\n---\n\n正文', 'a.mdx') // { data: { id: 'a' }, body: '正文', bodyLine: 5 }
 */
export function splitFrontmatter(contents: string, file: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
	const match = FRONTMATTER.exec(contents);
	if (match === null) throw new Error(`${file}: 没有以 --- 行包围的 frontmatter / no frontmatter between --- lines`);
	let data: unknown;
	try {
		data = parseFrontmatter(match[1] ?? '');
	} catch (error) {
		throw new Error(`${file}: frontmatter 不是有效的 YAML / the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, { cause: error });
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new Error(`${file}: frontmatter 不是键值表 / the frontmatter is not a mapping`);
	}
	const rest = contents.slice(match[0].length);
	const body = rest.trim();
	// The file's line the body starts on, so errors in the body can name it.
	const before = contents.slice(0, match[0].length + rest.indexOf(body));
	return { data: data as Record<string, unknown>, body, bodyLine: before.split('\n').length };
}
