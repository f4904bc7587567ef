import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/build/split-frontmatter.ts';

describe('splitFrontmatter', () => {
	test('reads the record and the body after it', () => {
		const file = '---\nid: "a-2026"\nyear: 2026\ndomains: [{"name":"农业","focus":[]}]\n---\n\n## 一、总则\n';
		expect(splitFrontmatter(file, 'a.mdx')).toEqual({ data: { id: 'a-2026', year: 2026, domains: [{ name: '农业', focus: [] }] }, body: '## 一、总则', bodyLine: 7 });
	});

	test('reads a file with Windows line ends and an empty body', () => {
		expect(splitFrontmatter('---\r\nid: "b"\r\n---', 'b.mdx')).toEqual({ data: { id: 'b' }, body: '', bodyLine: 3 });
	});

	test.each([
		['no frontmatter', '## 一、总则', /^x\.mdx: 没有以 --- 行包围的 frontmatter/u],
		['invalid YAML', '---\nid: [\n---\n', /^x\.mdx: frontmatter 不是有效的 YAML/u],
		['a list, not a mapping', '---\n- a\n---\n', /^x\.mdx: frontmatter 不是键值表/u],
	])('refuses %s with one line naming the file', (_what, file, message) => {
		expect(() => splitFrontmatter(file, 'x.mdx')).toThrow(message);
	});
});
