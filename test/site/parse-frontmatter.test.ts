import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/lib/build/parse-frontmatter.ts';

describe('parseFrontmatter', () => {
	test('reads the key: <JSON> lines ingest writes, a colon or # inside a string included', () => {
		const text = 'id: "a-2026"\nyear: 2026\ndocNumber: null\njurisdiction: {"level":"municipal","name":"安北市","parent":null}\ntitle: "甲: 乙 # 丙"';
		expect(parseFrontmatter(text)).toEqual({
			id: 'a-2026',
			year: 2026,
			docNumber: null,
			jurisdiction: { level: 'municipal', name: '安北市', parent: null },
			title: '甲: 乙 # 丙',
		});
	});

	test('reads Windows line ends', () => {
		expect(parseFrontmatter('id: "b"\r\nyear: 2026')).toEqual({ id: 'b', year: 2026 });
	});

	test('reads lines that are YAML but not JSON as YAML: plain strings, comments, a key YAML reads', () => {
		expect(parseFrontmatter('id: "a-2026"\ntitle: 甲乙\nyear: 2026 # 年份')).toEqual({ id: 'a-2026', title: '甲乙', year: 2026 });
		expect(parseFrontmatter('true: 1')).toEqual({ true: 1 });
	});

	test.each([
		['a key twice', 'id: "a"\nid: "b"'],
		['an object with a key twice, in YAML', 'a: {x: 1, x: 2}'],
	])('refuses %s as YAML does', (_what, text) => {
		expect(() => parseFrontmatter(text)).toThrow(/^Map keys must be unique/u);
	});
});
