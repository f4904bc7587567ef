import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
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

describe('blocksKey kept between builds', () => {
	/** The module as a new build loads it, keeping its hashes in `dir`/cache. */
	async function build() {
		const previous = process.env['ASTRO_CACHE_DIR'];
		process.env['ASTRO_CACHE_DIR'] = join(dir, 'cache');
		vi.resetModules();
		try {
			return await import('../../src/lib/compare/compare-docs.ts');
		} finally {
			if (previous === undefined) delete process.env['ASTRO_CACHE_DIR'];
			else process.env['ASTRO_CACHE_DIR'] = previous;
		}
	}

	test('reuse the last build’s hash of an unchanged file, and hash a rewritten one again', async () => {
		const a = join(dir, 'a.blocks.json');
		const b = join(dir, 'b.blocks.json');
		writeFileSync(a, JSON.stringify({ blocks: [paragraph('申报条件')] }));
		writeFileSync(b, JSON.stringify({ blocks: [paragraph('申报材料')] }));
		const first = await build();
		const keys = { a: first.blocksKey(entry('a')), b: first.blocksKey(entry('b')) };
		first.saveBlocksKeys();
		const kept = JSON.parse(readFileSync(join(dir, 'cache', 'blocks-keys.json'), 'utf8')) as [string, [string, string]][];
		expect(new Map(kept.map(([path, [, key]]) => [path, key]))).toEqual(new Map([[a, keys.a], [b, keys.b]]));

		// The same size, and the modification time set back: the change time still moves.
		const { mtime } = statSync(a);
		writeFileSync(a, JSON.stringify({ blocks: [paragraph('申报条款')] }));
		utimesSync(a, mtime, mtime);
		const second = await build();
		expect(second.blocksKey(entry('a'))).not.toBe(keys.a);
		expect(second.blocksKey(entry('b'))).toBe(keys.b);
		expect(second.compareDocOf(entry('a')).blocks).toEqual([paragraph('申报条款')]);
	});

	test('never use a kept hash whose stamp is not the file’s', async () => {
		const a = join(dir, 'a.blocks.json');
		writeFileSync(a, JSON.stringify({ blocks: [paragraph('申报条件')] }));
		const fresh = (await build()).blocksKey(entry('a'));
		mkdirSync(join(dir, 'cache'), { recursive: true });
		writeFileSync(join(dir, 'cache', 'blocks-keys.json'), JSON.stringify([[a, ['0:0:0:0', 'stale']]]));
		expect((await build()).blocksKey(entry('a'))).toBe(fresh);
	});
});
