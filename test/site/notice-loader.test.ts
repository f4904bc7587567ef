/**
 * The notice loader against a store like Astro's: bodies rendered once per file digest, files that
 * went away removed, bad files refused with one line naming them.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { noticeHtmlFile, noticeHtmlName } from '../../src/lib/build/notice-html.ts';
import { noticeLoader } from '../../src/lib/build/notice-loader.ts';
import { POOL_MIN } from '../../src/lib/build/render-pool.ts';

interface Stored {
	id: string;
	data: Record<string, unknown>;
	filePath?: string;
	digest?: string | number;
}

let root: string;
let entries: Map<string, Stored>;
let sets: string[];
let warnings: string[];
/** The loader's meta store, kept across loads as Astro keeps it. */
let meta: Map<string, string>;
/** Files hashed (read) by the loader. */
let hashed: number;

/** The parts of LoaderContext the loader uses, over a Map; `set` is recorded. */
function context(): LoaderContext {
	const store = {
		get: (id: string) => entries.get(id),
		set: (entry: Stored) => {
			sets.push(entry.id);
			entries.set(entry.id, entry);
			return true;
		},
		keys: () => [...entries.keys()],
		values: () => [...entries.values()],
		delete: (id: string) => void entries.delete(id),
	};
	return {
		store,
		meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => void meta.set(key, value), delete: (key: string) => void meta.delete(key) },
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		generateDigest: (text: string) => {
			hashed += 1;
			return `${text.length}:${text}`;
		},
		config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
		logger: { info() {}, error() {}, warn: (message: string) => warnings.push(message) },
	} as unknown as LoaderContext;
}

const notice = (id: string, body: string) => `---\nid: "${id}"\n---\n\n${body}\n`;
/** The HTML the loader kept for an entry, from its file under the cache folder. */
const html = (id: string) => readFileSync(noticeHtmlFile(pathToFileURL(`${root}/cache/`), entries.get(id)?.digest ?? 'none'), 'utf8');
const load = () => noticeLoader('notices').load(context());

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'notice-loader-'));
	mkdirSync(join(root, 'notices', '2026'), { recursive: true });
	entries = new Map();
	sets = [];
	warnings = [];
	meta = new Map();
	hashed = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('noticeLoader', () => {
	test('stores each file by its path, with its record and its body as HTML', async () => {
		writeFileSync(join(root, 'notices', 'a.mdx'), notice('a', '## 一、总则'));
		writeFileSync(join(root, 'notices', '2026', 'b.mdx'), notice('b', '<Fact ids="quota-0" kind="quota">不超过2个</Fact>'));
		writeFileSync(join(root, 'notices', 'b.blocks.json'), '{}');
		await load();
		expect([...entries.keys()].sort()).toEqual(['2026/b', 'a']);
		expect(entries.get('a')).toMatchObject({ data: { id: 'a' }, filePath: 'notices/a.mdx' });
		expect(entries.get('a')).not.toHaveProperty('rendered');
		expect(html('a')).toBe('<h3 id="一总则">一、总则</h3>');
		expect(html('2026/b')).toContain('<span id="quota-0" class="fact-anchor"');
	});

	test('renders again only the files whose contents changed, and forgets removed ones', async () => {
		writeFileSync(join(root, 'notices', 'a.mdx'), notice('a', '甲'));
		writeFileSync(join(root, 'notices', 'b.mdx'), notice('b', '乙'));
		writeFileSync(join(root, 'notices', 'c.mdx'), notice('c', '丙'));
		await load();
		sets = [];
		writeFileSync(join(root, 'notices', 'b.mdx'), notice('b', '乙，补充说明。'));
		rmSync(join(root, 'notices', 'c.mdx'));
		await load();
		expect(sets).toEqual(['b']);
		expect([...entries.keys()].sort()).toEqual(['a', 'b']);
		expect(html('b')).toBe('<p>乙，补充说明。</p>');
		// Only the bodies of the files now there are kept.
		expect(readdirSync(join(root, 'cache', 'notice-html')).sort()).toEqual(['a', 'b'].map((id) => noticeHtmlName(entries.get(id)?.digest ?? '')).sort());
	});

	test('reads only the files changed since they were last read, and all of them without its stamps', async () => {
		for (const id of ['a', 'b', 'c']) writeFileSync(join(root, 'notices', `${id}.mdx`), notice(id, id));
		await load();
		expect(hashed).toBe(3);
		hashed = 0;
		sets = [];
		await load();
		expect([hashed, sets]).toEqual([0, []]);
		// Rewritten with the same bytes: read again (its stamp changed), stored as it was.
		writeFileSync(join(root, 'notices', 'a.mdx'), notice('a', 'a'));
		writeFileSync(join(root, 'notices', 'b.mdx'), notice('b', '乙'));
		await load();
		expect([hashed, sets]).toEqual([2, ['b']]);
		expect(html('b')).toBe('<p>乙</p>');
		hashed = 0;
		meta.clear();
		await load();
		expect([hashed, sets]).toEqual([3, ['b']]);
	});

	test('renders again when its HTML file is gone, and reuses the file when Astro cleared its store', async () => {
		writeFileSync(join(root, 'notices', 'a.mdx'), notice('a', '甲'));
		await load();
		rmSync(join(root, 'cache', 'notice-html'), { recursive: true });
		sets = [];
		await load();
		expect(sets).toEqual(['a']);
		expect(html('a')).toBe('<p>甲</p>');
		const file = noticeHtmlFile(pathToFileURL(`${root}/cache/`), entries.get('a')?.digest ?? '');
		writeFileSync(file, '<p>kept</p>');
		entries.clear();
		await load();
		expect(html('a')).toBe('<p>kept</p>');
	});

	test('refuses a body holding code with one line naming the file and the line', async () => {
		writeFileSync(join(root, 'notices', 'a.mdx'), notice('a', '甲{process.exit(1)}'));
		await expect(load()).rejects.toThrow(/^notices\/a\.mdx: 第 5 行是代码（mdxTextExpression）/u);
	});

	test('stores nothing when one changed file is bad', async () => {
		writeFileSync(join(root, 'notices', 'a.mdx'), notice('a', '甲'));
		writeFileSync(join(root, 'notices', 'b.mdx'), notice('b', '乙{1}'));
		await expect(load()).rejects.toThrow(/^notices\/b\.mdx: 第 5 行是代码/u);
		expect(sets).toEqual([]);
	});

	test('renders as many files as start the render pool into the same entries, naming a bad one by its line', async () => {
		const ids = Array.from({ length: POOL_MIN + 2 }, (_, index) => `n${String(index).padStart(3, '0')}`);
		for (const id of ids) writeFileSync(join(root, 'notices', `${id}.mdx`), notice(id, `## 一、${id}\n\n正文`));
		await load();
		expect(warnings).toEqual([]);
		expect(sets).toEqual(ids);
		expect(html('n100')).toBe('<h3 id="一n100">一、n100</h3>\n<p>正文</p>');
		for (const id of ids) writeFileSync(join(root, 'notices', `${id}.mdx`), notice(id, id === 'n100' ? '甲\n\n乙{1}' : `${id}。`));
		await expect(load()).rejects.toThrow(/^notices\/n100\.mdx: 第 7 行是代码（mdxTextExpression）/u);
	});

	test('refuses a file without frontmatter, naming it', async () => {
		writeFileSync(join(root, 'notices', 'a.mdx'), '## 一、总则\n');
		await expect(load()).rejects.toThrow(/^notices\/a\.mdx: 没有以 --- 行包围的 frontmatter/u);
	});
});
