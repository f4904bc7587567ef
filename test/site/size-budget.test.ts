/**
 * Page-weight budgets, checked on every build (issue 7; in the spirit of size-limit): reading
 * pages ship no JavaScript, except a notice page's two small enhancements (days left until each
 * deadline, computed from the reader's date; the applicant checklist remembered in the browser),
 * together at most 2 kB gzipped; a page's CSS is at most 16 kB gzipped; the chrome of a notice page
 * (everything but the <main> content and the styles) at most 7 kB gzipped; every other page (home,
 * the matrix, the deadlines, the lists by year, place and domain) at most 60 kB of gzipped HTML.
 * Those listing pages are paged so they stay within it at 10,000 notices (src/lib/listing/page-sizes.ts,
 * checked on 10,000 synthetic records in listing-pages.test.ts); here a page that lists more than
 * its share on the seeds fails. A change that grows past a budget fails `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
const KB = 1024;
const BUDGET = { css: 16 * KB, chrome: 7 * KB, noticeJs: 2 * KB, listingHtml: 60 * KB };
// One notice's own pages (a notice, a comparison of two) grow with that notice's text, not the
// corpus. The picker, /compare/, is a listing page and held to the budget.
const PER_NOTICE = /^(notices\/|compare\/[^/]+\/[^/]+\/)/;
// Pages whose job needs a script; everything else is for reading.
const SCRIPTED = /^(compare|matrix|search|deadlines)\//;

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const html = (page: string) => readFileSync(join(DIST, page), 'utf8');

/** The JavaScript a page runs: inline module scripts and the files they and <script src> name. */
function jsOf(page: string): string[] {
	const source = html(page);
	const inline = [...source.matchAll(/<script(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
	const files = [...new Set([...source.matchAll(/\/_astro\/[\w.-]+\.js/g)].map((m) => m[0]))];
	return [...inline.filter((code) => code.trim() !== ''), ...files.map((f) => readFileSync(join(DIST, f), 'utf8'))];
}

/** The CSS a page loads: inline <style> blocks and linked stylesheets. */
function cssOf(page: string): string {
	const source = html(page);
	const inline = [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
	const linked = [...source.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1] ?? ''), 'utf8'));
	return [...inline, ...linked].join('\n');
}

describe('page weight', () => {
	test.each(pages.filter((p) => !SCRIPTED.test(p) && !p.startsWith('notices/')))('%s ships no JavaScript', (page) => {
		expect(jsOf(page)).toEqual([]);
		expect(html(page)).not.toMatch(/rel="modulepreload"/);
	});

	test.each(pages.filter((p) => p.startsWith('notices/')))('%s: JavaScript within 2 kB gzipped', (page) => {
		const js = jsOf(page);
		expect(js.length).toBeGreaterThan(0);
		expect(gz(js.join('\n'))).toBeLessThanOrEqual(BUDGET.noticeJs);
	});

	test.each(pages)('%s: CSS within 16 kB gzipped', (page) => {
		expect(gz(cssOf(page))).toBeLessThanOrEqual(BUDGET.css);
	});

	test.each(pages.filter((p) => !PER_NOTICE.test(p)))('%s: HTML within 60 kB gzipped', (page) => {
		expect(gz(html(page))).toBeLessThanOrEqual(BUDGET.listingHtml);
	});

	test.each(pages.filter((p) => p.startsWith('notices/')))('%s: chrome within 7 kB gzipped', (page) => {
		const chrome = html(page)
			.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
			.replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, '$1</main>');
		expect(gz(chrome)).toBeGreaterThan(200);
		expect(gz(chrome)).toBeLessThanOrEqual(BUDGET.chrome);
	});
});
