/**
 * Builds are reproducible and incremental builds are exact.
 * - Two clean builds of the same notices write the same files, byte for byte: collections are
 *   sorted, nothing writes a build time, hashes depend only on content.
 * - A rebuild into the previous output folder that keeps its unchanged pages
 *   (experimental.incrementalBuild, keyed by src/lib/build/cache-key.ts; src/integrations/keep-outputs.ts)
 *   after one notice changed and another was removed holds exactly what a clean build of the
 *   notices writes: no page that depends on the change is left stale, none of the removed one is left;
 *   the search index, updated in place (only changed files written), too.
 * - A rebuild after a sentence changed in one notice's text renders that notice's pages only: the
 *   lists, feeds and calendars, keyed by the records they show, are reused.
 * Each clean build gets its own empty cache and output folder; the notices are a copy of
 * content/notices, edited between builds.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { shardOf } from '../../src/lib/build/file-pack.ts';

const root = mkdtempSync(join(tmpdir(), 'reproducible-'));
const notices = join(root, 'notices');
cpSync(join('content', 'notices'), notices, { recursive: true });

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Build {
	/** SHA-256 of every output file, by path. */
	files: Map<string, string>;
	/** Pages the build copied from its cache instead of rendering. */
	reused: string[];
	/** Pages the build rendered. */
	rendered: string[];
	/** Search index files (pagefind/, search/literal/, search/fragments/) the build wrote, not finding them on disk already. */
	indexWritten: number;
	/** Pagefind bundles planned while the other routes rendered (src/integrations/early-index.ts); NaN if it did not run. */
	early: number;
}

/** Build the notices in `notices` with the cache and output folder named `cache` and `out`. */
function build(cache: string, out: string): Build {
	const dist = join(root, out);
	const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'build', '--outDir', dist], {
		encoding: 'utf8',
		env: { ...process.env, NOTICES_DIR: notices, ASTRO_CACHE_DIR: join(root, cache), ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`);
	const paths = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dist, f)).isFile());
	const files = new Map(paths.sort().map((f) => [f, createHash('sha256').update(readFileSync(join(dist, f))).digest('hex')]));
	// Astro logs `├─ /notices/x/index.html (cached)` or `(restored)` for a page it did not render,
	// and `├─ /notices/x/index.html` then, once rendered, `(+12ms)` for one it rendered (with
	// build.concurrency above one, another page's line can come between the two).
	const logged = [...result.stdout.matchAll(/├─ (\/\S*?\.(?:html|ics|xml|json|csv|pack|txt|pdf|docx?))(?= |\d\d:|\n|$)( \((?:cached|restored)\))?/gu)];
	const reused = logged.filter((m) => m[2] !== undefined).map((m) => m[1] ?? '');
	const rendered = logged.filter((m) => m[2] === undefined).map((m) => m[1] ?? '');
	const indexWritten = Number(/(\d+) index files written/u.exec(result.stdout)?.[1] ?? Number.NaN);
	if (`${result.stdout}${result.stderr}`.includes('indexing while pages rendered failed')) throw new Error(`early indexing failed:\n${result.stdout}${result.stderr}`);
	const early = Number(/planned (\d+) bundles while the other routes rendered/u.exec(result.stdout)?.[1] ?? Number.NaN);
	return { files, reused, rendered, indexWritten, early };
}

/** Files that show every notice's record, each a route of one path keyed on the records (onePath). */
const EVERY_RECORD = ['/calendar.ics', '/feed.xml', '/matrix.csv', '/data/notices.json', '/data/notices.csv'];

/** The files two builds wrote differently, or wrote only one of. */
function differences(a: Build, b: Build): string[] {
	const paths = new Set([...a.files.keys(), ...b.files.keys()]);
	return [...paths].filter((path) => a.files.get(path) !== b.files.get(path)).sort();
}

/**
 * Edit one notice the way a correction would: a new title (shown on other notices' pages too: the
 * compare links, the chain, the lists) and a sentence added to its text.
 */
function editNotice(): string {
	const files = readdirSync(notices).filter((f) => f.endsWith('.mdx')).sort();
	// A notice other notices point at (a carrier or a national call), so the change spreads.
	const file = files.find((f) => /^jurisdiction: \{"level":"national"/mu.test(readFileSync(join(notices, f), 'utf8'))) ?? files[0] ?? '';
	const path = join(notices, file);
	const text = readFileSync(path, 'utf8');
	const edited = text.replace(/^title: "(.*)"$/mu, 'title: "$1（修订）"');
	expect(edited).not.toBe(text);
	writeFileSync(path, `${edited}\n本通知由发布机关负责解释。\n`);
	return file.replace(/\.mdx$/u, '');
}

/**
 * Remove a notice no other notice carries or is carried by, as ingest does when its source goes:
 * its pages must not outlive it in a rebuilt output folder.
 */
function removeNotice(): string {
	const files = readdirSync(notices).filter((f) => f.endsWith('.mdx')).sort();
	const texts = new Map(files.map((f) => [f, readFileSync(join(notices, f), 'utf8')]));
	const id = (text: string) => /^id: "(.*)"$/mu.exec(text)?.[1] ?? '';
	const carriers = new Set([...texts.values()].map((text) => /^embeddedIn: "(.*)"$/mu.exec(text)?.[1]));
	const file = files.find((f) => /^embeddedIn: null$/mu.test(texts.get(f) ?? '') && !carriers.has(id(texts.get(f) ?? ''))) ?? '';
	expect(file).not.toBe('');
	rmSync(join(notices, file));
	rmSync(join(notices, file.replace(/\.mdx$/u, '.blocks.json')), { force: true });
	return id(texts.get(file) ?? '');
}

/** Add a sentence inside one paragraph of another notice's text (not `except`), its frontmatter kept. */
function editBody(except: string): string {
	const file = readdirSync(notices).filter((f) => f.endsWith('.mdx') && !f.startsWith(except)).sort()[0] ?? '';
	const path = join(notices, file);
	const text = readFileSync(path, 'utf8');
	const end = text.indexOf('\n---', 4) + 4;
	const stop = text.indexOf('。', end);
	expect(stop).toBeGreaterThan(end);
	writeFileSync(path, `${text.slice(0, stop)}，并抄送有关单位${text.slice(stop)}`);
	return file.replace(/\.mdx$/u, '');
}

describe('builds', () => {
	test('are reproducible, and a rebuild after an edit equals a clean build', { timeout: 300_000 }, () => {
		const first = build('cache-a', 'dist-a');
		const second = build('cache-b', 'dist-b');
		expect(first.files.size).toBeGreaterThan(20);
		expect(first.reused).toEqual([]);
		expect(differences(first, second)).toEqual([]);
		// A clean build plans its notice pages' bundles while the other routes render (how many it
		// indexes before it is told to stop depends on the machine: early-index.test.ts checks those).
		expect(first.early).toBeGreaterThan(0);

		const id = editNotice();
		const gone = removeNotice();
		const incremental = build('cache-a', 'dist-a');
		const clean = build('cache-c', 'dist-c');
		expect(differences(incremental, clean)).toEqual([]);
		expect([...incremental.files.keys()].filter((path) => path.includes(gone))).toEqual([]);
		expect(differences(incremental, first).length).toBeGreaterThan(0);
		// The rebuild did reuse pages, but not the edited notice's.
		expect(incremental.reused.length).toBeGreaterThan(10);
		expect(incremental.reused.filter((page) => page.includes(id))).toEqual([]);
		// The files of every record (routes of one path, keyed on the records) show the new title.
		expect(incremental.rendered).toEqual(expect.arrayContaining(EVERY_RECORD));

		// A sentence changed in another notice's text, its record unchanged: only the pages that
		// show its text render again; lists, feeds and calendars, which show records, are reused.
		const body = editBody(id);
		const again = build('cache-a', 'dist-a');
		expect(differences(again, build('cache-d', 'dist-d'))).toEqual([]);
		expect(again.rendered).toContain(`/notices/${body}/index.html`);
		// Every page of a route with getStaticPaths that lists notices (singletons have no key).
		const lists = /^\/(?:feeds\/|calendars\/|domains\/[^/]+\/|(?:matrix|deadlines|data|years)\/\d|jurisdictions\/[^/]+\/)/u;
		expect(again.reused.filter((page) => lists.test(page)).length).toBeGreaterThan(40);
		expect(again.rendered.filter((page) => lists.test(page))).toEqual([]);
		expect(again.reused).toEqual(expect.arrayContaining(EVERY_RECORD));
		expect(again.rendered.filter((page) => EVERY_RECORD.includes(page))).toEqual([]);
		// The per-notice files are rendered in packs by shard (src/lib/build/file-pack.ts): the
		// changed text is in the notice's compare data, so its shard's pack renders, no other.
		expect(again.rendered.filter((page) => page.endsWith('.pack'))).toEqual([`/notice-files/${shardOf(body)}.pack`]);
		expect(again.reused.filter((page) => page.endsWith('.pack')).length).toBeGreaterThan(2);
		expect([...again.files.keys()].filter((path) => path.endsWith('.pack'))).toEqual([]);
		// The search index was updated in place (src/integrations/sync-folder.ts): its unchanged
		// files (Pagefind's script and WASM at least) were not written again.
		const indexFiles = [...again.files.keys()].filter((path) => /^(?:pagefind|search\/(?:literal|fragments))\//u.test(path)).length;
		expect(again.indexWritten).toBeGreaterThan(0);
		expect(again.indexWritten).toBeLessThan(indexFiles / 2);
	});
});
