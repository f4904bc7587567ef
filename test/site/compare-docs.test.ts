import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { blocksKey, compareDocOf } from '../../src/lib/compare/compare-docs.ts';
import type { NoticeEntry } from '../../src/lib/notices/load-notices.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'compare-docs-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** An entry as the loader stores it: the MDX file's path and the record (only its id is read here). */
const entry = (id: string) => ({ id, filePath: join(dir, `${id}.mdx`), data: { id } }) as unknown as NoticeEntry;
const paragraph = (text: string) => ({ type: 'paragraph', text, numbering: null, level: null, attachment: null, part: null });

describe('compareDocOf and blocksKey', () => {
	test('read the blocks file named after the notice id beside its MDX, and follow a rewrite', () => {
		const file = join(dir, 'a.blocks.json');
		writeFileSync(file, JSON.stringify({ blocks: [paragraph('申报条件')] }));
		const before = blocksKey(entry('a'));
		expect(compareDocOf(entry('a')).blocks).toEqual([paragraph('申报条件')]);
		writeFileSync(file, JSON.stringify({ blocks: [paragraph('申报条件如下')] }));
		expect(blocksKey(entry('a'))).not.toBe(before);
		expect(compareDocOf(entry('a')).blocks).toEqual([paragraph('申报条件如下')]);
	});

	test('say which file is missing or bad, one line each', () => {
		expect(() => blocksKey(entry('gone'))).toThrow(/gone\.mdx: no gone\.blocks\.json beside it; run npm run ingest/u);
		writeFileSync(join(dir, 'bad.blocks.json'), '{"blocks": [');
		expect(() => compareDocOf(entry('bad'))).toThrow(/bad\.blocks\.json: not JSON/u);
		writeFileSync(join(dir, 'odd.blocks.json'), JSON.stringify({ blocks: [{ type: 'table' }] }));
		expect(() => compareDocOf(entry('odd'))).toThrow(/odd\.blocks\.json: blocks\.0\.type /u);
	});
});
