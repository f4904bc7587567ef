/**
 * Comparisons in Chromium: a pre-rendered pair reads without scripts; with scripts the toolbar
 * switches views, filters to substantive changes and steps through changes with J/K; the picker
 * compares any pair in a Web Worker, keeps the pair in the URL, and renders what the build renders.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const A = 'national-2023-pilot-demonstration';
const B = 'national-2026-pilot-call';
const session = useBrowser();

async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
	const context = await session.browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1100, height: 900 },
	});
	const page = await context.newPage();
	await page.goto(`${session.url}${path}`);
	return page;
}

describe('a pre-rendered comparison', () => {
	test('reads without scripts at 360 px: summary, facet changes, redline; no dead controls', async () => {
		const page = await open(`/compare/${A}/${B}/`, { javaScriptEnabled: false, width: 360 });
		const state = await page.evaluate(() => ({
			summary: document.querySelector('.cmp-summary')?.textContent ?? '',
			changes: document.querySelectorAll('.chg').length,
			redline: document.querySelectorAll('.cmp-text del, .cmp-text ins').length,
			toolbarShown: document.querySelector<HTMLElement>('.cmp-toolbar')?.hidden === false,
			scroll: document.documentElement.scrollWidth,
		}));
		expect(state.summary).toContain('截止日期');
		expect(state.changes).toBeGreaterThan(5);
		expect(state.redline).toBeGreaterThan(0);
		expect(state.toolbarShown).toBe(false);
		expect(state.scroll).toBeLessThanOrEqual(360);
		await page.context().close();
	});

	test('J and K step through changes; the substantive filter hides roll-overs; inline view merges', async () => {
		const page = await open(`/compare/${A}/${B}/`);
		await page.waitForSelector('.cmp-toolbar:not([hidden])');
		await page.keyboard.press('j');
		const first = await page.evaluate(() => document.activeElement?.id);
		await page.keyboard.press('j');
		await page.keyboard.press('k');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(first);
		expect(first).toMatch(/^chg-\d+$/);
		await expect.poll(() => page.locator('.cmp-position').textContent()).toMatch(/^第1处，共\d+处$/);

		const visible = () => page.locator('.chg:visible').count();
		const all = await visible();
		const substantive = await page.locator('.chg[data-substantive="true"]').count();
		await page.getByLabel('只看实质性变化').check();
		expect(await visible()).toBe(substantive);
		expect(substantive).toBeLessThanOrEqual(all);

		await page.getByLabel('合并显示').check();
		const firstChangedRow = page.locator('.row.chg').first();
		await firstChangedRow.scrollIntoViewIfNeeded();
		expect(await firstChangedRow.locator('.cell-inline').isVisible()).toBe(true);
		expect(await firstChangedRow.locator('.cell-a').isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('issue 15', () => {
	test('J/K still step after a toolbar control was used, and the view and filter live in the URL', async () => {
		const page = await open(`/compare/${A}/${B}/`);
		await page.waitForSelector('.cmp-toolbar:not([hidden])');
		await page.getByLabel('只看实质性变化').check();
		await page.waitForURL(/[?&]changes=substantive/u);
		await page.keyboard.press('j');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^chg-\d+$/u);
		await page.getByLabel('合并显示').check();
		await page.waitForURL(/[?&]view=inline/u);
		await page.getByRole('button', { name: '下一处' }).click();
		const before = await page.evaluate(() => document.activeElement?.id);
		await page.getByLabel('合并显示').focus();
		await page.keyboard.press('k');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).not.toBe(before);

		// The URL reopens the same view.
		const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
		await again.waitForSelector('.cmp-toolbar:not([hidden])');
		expect(await again.getByLabel('只看实质性变化').isChecked()).toBe(true);
		expect(await again.locator('notice-diff').getAttribute('data-view')).toBe('inline');
		await again.context().close();
		await page.context().close();
	});

	test('the picker shows no comparison and no toolbar before two notices are chosen; titles are in tooltips', async () => {
		const page = await open('/compare/', { width: 360 });
		await page.waitForFunction(() => document.querySelectorAll('select[name="a"] option').length > 1);
		expect(await page.locator('select[name="a"]').inputValue()).toBe('');
		expect(await page.locator('select[name="b"]').inputValue()).toBe('');
		expect(await page.locator('compare-picker .cmp').count()).toBe(0);
		expect(await page.locator('compare-picker .cmp-toolbar').isVisible()).toBe(false);
		const options = await page.locator('select[name="a"] option[value]:not([value=""])').evaluateAll((all) => all.map((o) => [o.textContent, o.getAttribute('title')]));
		for (const [text, title] of options) expect(title).toBe(text);
		await page.context().close();
	});
});

describe('the compare picker', () => {
	test('compares the pair in the URL in a worker, as the build does', async () => {
		const prebuilt = await open(`/compare/${A}/${B}/`, { javaScriptEnabled: false });
		const expected = await prebuilt.locator('.cmp').evaluate((el) => el.outerHTML);
		await prebuilt.context().close();

		const page = await open('/');
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.goto(`${session.url}/compare/?a=${A}&b=${B}`);
		const result = page.locator('compare-picker .cmp');
		await result.waitFor();
		expect(workers.some((url) => /\/_astro\/worker[^/]*\.js$/.test(url))).toBe(true);
		expect(await result.evaluate((el) => el.outerHTML)).toBe(expected);
		await page.context().close();
	});

	test('compares a pair chosen in the form, and puts it in the URL to share', async () => {
		const page = await open('/compare/');
		await page.selectOption('select[name="a"]', 'shanghai-2023-municipal-pilot-call');
		await page.selectOption('select[name="b"]', 'chongqing-yubei-2023-municipal-pilot-demonstration');
		await page.getByRole('button', { name: '对照', exact: true }).click();
		await page.waitForURL(/\?a=shanghai-2023-municipal-pilot-call&b=chongqing-yubei-2023-municipal-pilot-demonstration$/);
		const result = page.locator('compare-picker .cmp');
		await result.waitFor();
		expect(await result.getAttribute('data-a')).toBe('shanghai-2023-municipal-pilot-call');
		expect(await result.getAttribute('data-b')).toBe('chongqing-yubei-2023-municipal-pilot-demonstration');
		expect(await page.locator('compare-picker .cmp-facet').count()).toBe(8);

		await page.goto(`${session.url}/compare/?a=no-such-notice&b=${B}`);
		await expect.poll(() => page.locator('.picker-status').textContent()).toContain('no-such-notice');
		await page.context().close();
	});
});
