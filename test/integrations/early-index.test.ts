/**
 * The early index: notice pages rendered before the other routes, their bundles indexed in a worker
 * once Astro moves past them, and the Pagefind step's index the same whether it takes those bundles
 * or indexes everything itself (run on a copy of the built site's notice pages).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { EarlyIndex, noticesFirst, pageFile } from '../../src/integrations/early-index.ts';
import { indexSite, type IndexOptions } from '../../src/integrations/index-site.ts';

/** A prerenderer over `pathnames` that records what it renders. */
function fakePrerenderer(pathnames: string[]): AstroPrerenderer & { rendered: string[] } {
	const rendered: string[] = [];
	return {
		name: 'fake',
		rendered,
		getStaticPaths: () => Promise.resolve(pathnames.map((pathname) => ({ pathname, route: { route: pathname } as never }))),
		render: (request) => {
			rendered.push(new URL(request.url).pathname);
			return Promise.resolve(new Response(`<p>${new URL(request.url).pathname}</p>`));
		},
	};
}

/** Render the paths the prerenderer lists, in its order, as Astro does at build.concurrency 1. */
async function renderAll(prerenderer: AstroPrerenderer, each: () => void = () => undefined): Promise<string[]> {
	const paths = await prerenderer.getStaticPaths();
	for (const { pathname, route } of paths) {
		await prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: route });
		each();
	}
	return paths.map((path) => path.pathname);
}

describe('noticesFirst', () => {
	const site = ['/', '/compare/a-b/', '/notices/a/', '/data/', '/notices/b/', '/search/'];

	test('renders the notice pages first, each group in its own order', async () => {
		const inner = fakePrerenderer(site);
		const order = await renderAll(noticesFirst(inner, ['notices'], () => undefined));
		expect(order).toEqual(['/notices/a/', '/notices/b/', '/', '/compare/a-b/', '/data/', '/search/']);
		expect(inner.rendered).toEqual(order);
	});

	test('says which notice pages were rendered once, when the first other page is asked for', async () => {
		const told: { pathnames: string[]; rendered: number }[] = [];
		const seen: number[] = [];
		const inner = fakePrerenderer(site);
		await renderAll(
			noticesFirst(inner, ['notices'], (pathnames) => told.push({ pathnames, rendered: inner.rendered.length })),
			() => seen.push(told.length),
		);
		expect(told).toEqual([{ pathnames: ['/notices/a/', '/notices/b/'], rendered: 2 }]);
		expect(seen).toEqual([0, 0, 1, 1, 1, 1]);
	});

	test('says nothing when there is no notice page, or no other page after them', async () => {
		let told = 0;
		await renderAll(noticesFirst(fakePrerenderer(['/', '/data/']), ['notices'], () => (told += 1)));
		await renderAll(noticesFirst(fakePrerenderer(['/notices/a/']), ['notices'], () => (told += 1)));
		expect(told).toBe(0);
	});

	test('returns what Astro renders', async () => {
		const prerenderer = noticesFirst(fakePrerenderer(site), ['notices'], () => undefined);
		const response = (await prerenderer.render(new Request('http://localhost/data/'), { routeData: {} as never })) as Response;
		expect(await response.text()).toBe('<p>/data/</p>');
	});
});

test('pageFile names the file a directory-format build writes', () => {
	expect(pageFile('/notices/tj-2025/')).toBe(join('notices', 'tj-2025', 'index.html'));
	expect(pageFile('/notices/tj-2025')).toBe(join('notices', 'tj-2025', 'index.html'));
});

describe('EarlyIndex', () => {
	const root = mkdtempSync(join(tmpdir(), 'early-index-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const BUNDLE = 2;

	/** A fresh copy of the built notice pages, and their files relative to it. */
	function copySite(name: string): { site: string; files: string[] } {
		const site = join(root, name);
		cpSync(join(import.meta.dirname, '../../dist/notices'), join(site, 'notices'), { recursive: true });
		const files = readdirSync(join(site, 'notices'))
			.sort()
			.map((id) => join('notices', id, 'index.html'));
		return { site, files };
	}

	/** Index `site` from an empty index; the hash of every index file, and the log. */
	async function index(site: string, options: IndexOptions = {}): Promise<{ files: Map<string, string>; log: string }> {
		rmSync(join(site, 'pagefind'), { recursive: true, force: true });
		rmSync(join(site, 'search'), { recursive: true, force: true });
		const lines: string[] = [];
		await indexSite(site, (line) => lines.push(line), { bundlePages: BUNDLE, ...options });
		const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
			.filter((f) => !f.startsWith('notices') && statSync(join(site, f)).isFile())
			.sort();
		return { files: new Map(files.map((f) => [f, createHash('sha256').update(readFileSync(join(site, f))).digest('hex')])), log: lines.join('\n') };
	}

	test('indexes every bundle the cache lacks, and the Pagefind step takes them to the same index', { timeout: 60_000 }, async () => {
		const { site, files } = copySite('all');
		const cacheDir = join(root, 'all-cache');
		const early = new EarlyIndex();
		early.start({ out: site, files, cacheDir, bundlePages: BUNDLE });
		const { bundles, planned, failed } = await early.take({ stop: false });
		expect(failed).toBeUndefined();
		const plain = await index(copySite('all-plain').site);
		const count = Number(/in (\d+) bundle/u.exec(plain.log)?.[1]);
		expect(count).toBeGreaterThan(1);
		expect(bundles.size).toBe(count);
		expect(planned).toBe(count);
		const taken = await index(site, { cacheDir, early: bundles });
		expect(taken.log).toContain(`, 0 from the cache, ${count} indexed while pages rendered`);
		expect(taken.files).toEqual(plain.files);

		// Started again over the same pages, it finds every bundle in the cache and indexes none.
		const again = new EarlyIndex();
		again.start({ out: site, files, cacheDir, bundlePages: BUNDLE });
		expect((await again.take({ stop: false })).bundles.size).toBe(0);
	});

	test('a page changed after its bundle was indexed is indexed again, to the index of the changed site', { timeout: 60_000 }, async () => {
		const { site, files } = copySite('changed');
		const cacheDir = join(root, 'changed-cache');
		const early = new EarlyIndex();
		early.start({ out: site, files, cacheDir, bundlePages: BUNDLE });
		const { bundles } = await early.take({ stop: false });
		const page = join(site, files[0] ?? '');
		writeFileSync(page, readFileSync(page, 'utf8').replace('</article>', '<p>本通知由发布机关负责解释。</p></article>'));
		const taken = await index(site, { cacheDir, early: bundles });
		expect(taken.log).toContain(`, 0 from the cache, ${bundles.size - 1} indexed while pages rendered`);
		const plain = copySite('changed-plain');
		writeFileSync(join(plain.site, files[0] ?? ''), readFileSync(page));
		expect(taken.files).toEqual((await index(plain.site)).files);
	});

	test('only the pages it is given: a page left from an earlier build is not planned', { timeout: 60_000 }, async () => {
		const { site, files } = copySite('given');
		const cacheDir = join(root, 'given-cache');
		const early = new EarlyIndex();
		early.start({ out: site, files: files.slice(1), cacheDir, bundlePages: BUNDLE });
		const { bundles } = await early.take({ stop: false });
		rmSync(join(site, files[0] ?? ''));
		const taken = await index(site, { cacheDir, early: bundles });
		expect(taken.log).toContain(`, 0 from the cache, ${bundles.size} indexed while pages rendered`);
	});

	test('stops after the bundle in progress when told to', { timeout: 60_000 }, async () => {
		const { site, files } = copySite('stopped');
		const early = new EarlyIndex();
		early.start({ out: site, files, cacheDir: join(root, 'stopped-cache'), bundlePages: BUNDLE });
		const { bundles, planned, failed } = await early.take();
		expect(failed).toBeUndefined();
		const plain = await index(copySite('stopped-plain').site);
		const count = Number(/in (\d+) bundle/u.exec(plain.log)?.[1]);
		expect(bundles.size).toBeLessThan(count);
		// Told to stop at once, it still planned every bundle: it reads its messages only once it indexes.
		expect(planned).toBe(count);
		const taken = await index(site, { cacheDir: join(root, 'stopped-cache'), early: bundles });
		expect(taken.files).toEqual(plain.files);
	});

	test('a worker that fails says why, and the Pagefind step indexes every bundle itself', { timeout: 60_000 }, async () => {
		const { site, files } = copySite('failed');
		// The cache folder is a file: the worker cannot keep its page facts there.
		const cacheDir = join(root, 'not-a-folder');
		writeFileSync(cacheDir, '');
		const early = new EarlyIndex();
		early.start({ out: site, files, cacheDir, bundlePages: BUNDLE });
		const { bundles, failed } = await early.take({ stop: false });
		expect(failed).toMatch(/not-a-folder/u);
		expect(bundles.size).toBe(0);
		const taken = await index(site, { early: bundles });
		expect(taken.log).not.toContain('indexed while pages rendered');
	});

	test('hands over nothing when never started', async () => {
		const early = new EarlyIndex();
		expect((await early.take()).bundles.size).toBe(0);
	});
});
