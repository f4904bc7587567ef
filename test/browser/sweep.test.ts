/**
 * Every page of the built site in Chromium, at 360 px and 1280 px (issue 15): no request for a
 * missing file (the favicon, a script, a data file), no console error or uncaught exception, and
 * no sideways scrolling of the page itself: a wide table scrolls inside its own box. Pages that
 * fill in after loading (the picker with a pair, search with results) are checked once they have.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const DIST = join(import.meta.dirname, '../../dist');
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('index.html'))
	.map((file) => `/${file.replace(/index\.html$/u, '')}`)
	.sort();

/** Pages whose content arrives after load, and the condition that says it has. */
const FILLED: [path: string, ready: (page: Page) => Promise<unknown>][] = [
	['/compare/?a=national-2023-pilot-demonstration&b=national-2026-pilot-call', (page) => page.locator('compare-picker .cmp').waitFor()],
	['/compare/?a=tianjin-2025-municipal-pilot-recommendation&b=chongqing-yubei-2023-municipal-pilot-demonstration', (page) => page.locator('compare-picker .cmp').waitFor()],
	['/search/?q=试点', (page) => page.waitForFunction(() => document.querySelector<HTMLElement>('search-page')?.dataset['state'] === 'done')],
	['/search/?level=省级', (page) => page.waitForFunction(() => document.querySelector<HTMLElement>('search-page')?.dataset['state'] === 'done')],
];
/** A plain page is ready at load; a page with a fetching element once that element has its data. */
const settled = (page: Page) =>
	page.waitForFunction(() => {
		const search = document.querySelector<HTMLElement>('search-page');
		const picker = document.querySelector('compare-picker select');
		return document.readyState === 'complete' && (search === null || search.dataset['state'] === 'done') && (picker === null || picker.querySelectorAll('option').length > 1);
	});

const session = useBrowser();

/** Visit a page; returns what went wrong on it (failed requests, console errors, sideways scroll). */
async function problems(context: BrowserContext, path: string, ready: (page: Page) => Promise<unknown>): Promise<string[]> {
	const page = await context.newPage();
	const found: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) found.push(`${response.status()} ${new URL(response.url()).pathname}`);
	});
	page.on('requestfailed', (request) => found.push(`failed ${new URL(request.url()).pathname}: ${request.failure()?.errorText ?? ''}`));
	page.on('console', (message) => {
		if (message.type() === 'error') found.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => found.push(`exception: ${error.message}`));
	try {
		await page.goto(`${session.url}${path}`);
		await ready(page);
		const { scroll, width, icon } = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			width: window.innerWidth,
			icon: document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? null,
		}));
		if (scroll > width) found.push(`scrolls sideways: ${scroll} px wide at ${width} px`);
		if (icon === null) found.push('no <link rel="icon">');
		return found;
	} finally {
		await page.close();
	}
}

describe('the favicon', () => {
	test('is served where pages point and where browsers look by default', async () => {
		for (const path of ['/favicon.svg', '/favicon.ico']) expect((await fetch(`${session.url}${path}`)).status, path).toBe(200);
	});
});

for (const width of [360, 1280]) {
	describe(`every page at ${width} px`, () => {
		let context: BrowserContext;
		beforeAll(async () => {
			context = await session.browser.newContext({ viewport: { width, height: 800 } });
		});
		afterAll(async () => {
			await context?.close();
		});

		test('finds the pages', () => {
			expect(pages.length).toBeGreaterThan(50);
		});

		test('no 404, no console error, no sideways scroll on any built page', async () => {
			// A few pages at once: most of a visit is waiting on the page, not on the CPU.
			const queue = [...pages];
			const report: string[] = [];
			const visit = async (): Promise<void> => {
				for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
					for (const line of await problems(context, path, settled)) report.push(`${path}: ${line}`);
				}
			};
			await Promise.all([visit(), visit(), visit(), visit()]);
			expect(report.sort()).toEqual([]);
		});

		test.each(FILLED)('%s, filled in', async (path, ready) => {
			expect(await problems(context, path, ready)).toEqual([]);
		});
	});
}
