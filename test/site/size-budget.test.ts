/**
 * Page-weight budgets, checked on every build (issue 7; in the spirit of size-limit): reading
 * pages ship no JavaScript; a page's CSS is at most 16 kB gzipped; the chrome of a notice page
 * (everything but the <main> content and the styles) at most 7 kB gzipped. A change that grows
 * past a budget fails `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
const KB = 1024;
const BUDGET = { css: 16 * KB, chrome: 7 * KB };
// Pages whose job needs a script; everything else is for reading.
const SCRIPTED = /^(compare|matrix|search|deadlines)\//;

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const html = (page: string) => readFileSync(join(DIST, page), 'utf8');

/** The CSS a page loads: inline <style> blocks and linked stylesheets. */
function cssOf(page: string): string {
	const source = html(page);
	const inline = [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
	const linked = [...source.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1] ?? ''), 'utf8'));
	return [...inline, ...linked].join('\n');
}

describe('page weight', () => {
	test.each(pages.filter((p) => !SCRIPTED.test(p)))('%s ships no JavaScript', (page) => {
		const source = html(page);
		expect(source.match(/<script(?![^>]*application\/(ld\+)?json)/gi) ?? []).toEqual([]);
		expect(source).not.toMatch(/rel="modulepreload"/);
	});

	test.each(pages)('%s: CSS within 16 kB gzipped', (page) => {
		expect(gz(cssOf(page))).toBeLessThanOrEqual(BUDGET.css);
	});

	test.each(pages.filter((p) => p.startsWith('notices/')))('%s: chrome within 7 kB gzipped', (page) => {
		const chrome = html(page)
			.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
			.replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, '$1</main>');
		expect(gz(chrome)).toBeGreaterThan(200);
		expect(gz(chrome)).toBeLessThanOrEqual(BUDGET.chrome);
	});
});
