/**
 * Indexing in bundles: stable, balanced bundles, and a cache that gives the same index as indexing
 * again (run on a copy of the built site's notice pages).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { bundlesOf } from '../../src/integrations/bundle-plan.ts';
import { indexSite } from '../../src/integrations/index-site.ts';

const paths = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ path: `notices/n-${from + i}/index.html` }));

describe('bundlesOf', () => {
	test('splits pages into bundles of about the given size', () => {
		const bundles = bundlesOf(paths(10_000), 2000);
		expect(bundles).toHaveLength(5);
		expect(bundles.flat()).toHaveLength(10_000);
		for (const bundle of bundles) expect(Math.abs(bundle.length - 2000)).toBeLessThan(200);
	});

	test('keeps every other page in its bundle when one page is added', () => {
		const before = bundlesOf(paths(9_000), 2000);
		const after = bundlesOf(paths(9_001), 2000);
		const changed = after.filter((bundle, i) => JSON.stringify(bundle) !== JSON.stringify(before[i]));
		expect(changed).toHaveLength(1);
		expect(changed[0]?.some((page) => page.path === 'notices/n-9000/index.html')).toBe(true);
	});

	test('gives one empty bundle for no pages', () => {
		expect(bundlesOf([], 2000)).toEqual([[]]);
	});
});

describe('the pages indexSite reads', () => {
	test('are every built page marked for Pagefind: notice pages only', () => {
		const dist = join(import.meta.dirname, '../../dist');
		const marked = readdirSync(dist, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.html') && readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'))
			.sort();
		const notices = readdirSync(join(dist, 'notices')).map((id) => join('notices', id, 'index.html')).sort();
		expect(marked).toEqual(notices);
	});
});

describe('indexSite with a cache', () => {
	const root = mkdtempSync(join(tmpdir(), 'index-cache-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	/**
	 * A site of the built notice pages alone, indexed (from an empty index, or `inPlace` over the
	 * last one, as a rebuild does); the hash of every index file, and the log.
	 */
	async function index(site: string, cacheDir?: string, inPlace = false): Promise<{ files: Map<string, string>; log: string }> {
		if (!inPlace) {
			rmSync(join(site, 'pagefind'), { recursive: true, force: true });
			rmSync(join(site, 'search'), { recursive: true, force: true });
		}
		const lines: string[] = [];
		await indexSite(site, (line) => lines.push(line), { bundlePages: 2, ...(cacheDir === undefined ? {} : { cacheDir }) });
		const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
			.filter((f) => !f.startsWith('notices') && statSync(join(site, f)).isFile())
			.sort();
		return { files: new Map(files.map((f) => [f, createHash('sha256').update(readFileSync(join(site, f))).digest('hex')])), log: lines.join('\n') };
	}

	test('reuses unchanged bundles and indexes a changed one, to the same index as without a cache', { timeout: 60_000 }, async () => {
		const site = join(root, 'site');
		cpSync(join(import.meta.dirname, '../../dist/notices'), join(site, 'notices'), { recursive: true });
		const cache = join(root, 'cache');
		const first = await index(site, cache);
		const bundles = Number(/in (\d+) bundle/u.exec(first.log)?.[1]);
		expect(bundles).toBeGreaterThan(1);
		expect(first.log).toContain(', 0 from the cache');

		const again = await index(site, cache);
		expect(again.log).toContain(`, ${bundles} from the cache`);
		expect(again.files).toEqual(first.files);

		// One page changes: its bundle is indexed again, the others come from the cache.
		const page = join(site, 'notices', readdirSync(join(site, 'notices')).sort()[0] ?? '', 'index.html');
		writeFileSync(page, readFileSync(page, 'utf8').replace('</article>', '<p>本通知由发布机关负责解释。</p></article>'));
		const edited = await index(site, cache);
		expect(edited.log).toContain(`, ${bundles - 1} from the cache`);
		expect(edited.files).not.toEqual(first.files);
		expect(edited.files).toEqual((await index(site)).files);
		// The bundle indexed for the old page is no longer kept.
		expect(readdirSync(join(cache, 'pagefind-bundles'))).toHaveLength(bundles);
	});

	test('indexing over the last index writes only the files that changed and removes the stale ones', { timeout: 60_000 }, async () => {
		const site = join(root, 'in-place');
		cpSync(join(import.meta.dirname, '../../dist/notices'), join(site, 'notices'), { recursive: true });
		const cache = join(root, 'in-place-cache');
		const first = await index(site, cache);
		const again = await index(site, cache, true);
		expect(again.files).toEqual(first.files);
		expect(again.log).toContain('0 index files written, 0 removed');

		// One page edited, two removed (one bundle fewer): the same files as a clean index.
		const ids = readdirSync(join(site, 'notices')).sort();
		const page = join(site, 'notices', ids[1] ?? '', 'index.html');
		writeFileSync(page, readFileSync(page, 'utf8').replace('</article>', '<p>本通知由发布机关负责解释。</p></article>'));
		for (const id of ids.slice(-2)) rmSync(join(site, 'notices', id), { recursive: true });
		const rebuilt = await index(site, cache, true);
		const [, written, removed] = (/(\d+) index files written, (\d+) removed/u.exec(rebuilt.log) ?? []).map(Number);
		expect(written).toBeGreaterThan(0);
		expect(written).toBeLessThan(rebuilt.files.size);
		expect(removed).toBeGreaterThan(0);
		expect(rebuilt.files).toEqual((await index(site)).files);
	});
});