/**
 * Site integrity over the built dist/ (npm test builds first): every internal link and #anchor
 * resolves to a built file and an element id; links are only same-site, http(s), mailto or tel;
 * links to other sites open without handing them our window (rel="noopener noreferrer").
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

/** Attribute values are HTML-escaped in the file. */
const unescape = (value: string) =>
	value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The anchors of a page: `<a …>` tags with their href and rel. */
function anchors(html: string): { href: string; rel: string | null; tag: string }[] {
	return [...html.matchAll(/<a\b[^>]*>/g)].flatMap(([tag]) => {
		const href = /\shref="([^"]*)"/.exec(tag)?.[1];
		return href === undefined ? [] : [{ href: unescape(href), rel: /\srel="([^"]*)"/.exec(tag)?.[1] ?? null, tag }];
	});
}

const ids = new Map<string, Set<string>>();
/** The element ids of a built page. */
function idsOf(file: string): Set<string> {
	let found = ids.get(file);
	if (found === undefined) {
		const html = readFileSync(file, 'utf8');
		found = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => unescape(m[1] ?? '')));
		ids.set(file, found);
	}
	return found;
}

/** The built file a same-site path names, or null. */
function fileOf(path: string): string | null {
	const file = join(DIST, decodeURIComponent(path));
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : null;
}

describe('links in dist/', () => {
	test('there are pages to check', () => {
		expect(pages.length).toBeGreaterThan(20);
	});

	test.each(pages)('%s: internal links and anchors resolve', (page) => {
		const from = join(DIST, page);
		const broken: string[] = [];
		for (const { href } of anchors(readFileSync(from, 'utf8'))) {
			if (/^(https?:|mailto:|tel:)/.test(href)) continue;
			const url = new URL(href, `http://site/${relative(DIST, from).replace(/index\.html$/, '')}`);
			if (url.host !== 'site') {
				broken.push(`${href} (not this site)`);
				continue;
			}
			const target = fileOf(url.pathname);
			if (target === null) broken.push(`${href} (no page)`);
			else if (url.hash !== '' && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
				broken.push(`${href} (no anchor)`);
			}
		}
		expect(broken).toEqual([]);
	});

	test.each(pages)('%s: only safe schemes; other sites opened with noopener noreferrer', (page) => {
		for (const { href, rel, tag } of anchors(readFileSync(join(DIST, page), 'utf8'))) {
			expect(href, tag).toMatch(/^(\/|#|\.|https?:\/\/|mailto:|tel:)/);
			if (/^https?:\/\//.test(href)) expect(rel?.split(/\s+/).sort(), tag).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
		}
	});
});
