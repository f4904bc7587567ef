/**
 * A year's notice matrix in a real browser: every column without script, filters that hide columns
 * and remember themselves in the URL, a CSV download of what is visible, and a 360 px screen
 * where only the table's own region scrolls sideways.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { parseCsv } from '../helpers/parse-csv.ts';

const session = useBrowser();

/** The headings of the notice columns the page shows. */
const visibleHeadings = (page: Page) =>
	page.$$eval('thead th[data-col]:not([hidden]) .matrix-heading', (els) =>
		els.map((el) => el.textContent ?? ''),
	);

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await session.browser.newContext({ viewport: { width: 360, height: 800 }, ...options });
	const page = await context.newPage();
	await page.goto(`${session.url}${path}`);
	return page;
}

// /matrix/2023/ in dist/: the national call, Shanghai (provincial) and Yubei (district).
const YEAR_PAGE = '/matrix/2023/';

describe('matrix page in Chromium', () => {
	test('shows every notice of the year without script, scrolling only inside the table region', async () => {
		const page = await open(YEAR_PAGE, { javaScriptEnabled: false });
		expect(await visibleHeadings(page)).toHaveLength(3);
		expect(await page.locator('form.matrix-filters').isVisible()).toBe(false);
		const widths = await page.evaluate(() => {
			const region = document.querySelector('.matrix-scroll')!;
			return { page: document.documentElement.scrollWidth, region: region.scrollWidth };
		});
		expect(widths.page).toBeLessThanOrEqual(360);
		expect(widths.region).toBeGreaterThan(360);
		await page.context().close();
	});

	test('keeps the row labels in view while the notices scroll', async () => {
		const page = await open(YEAR_PAGE);
		const left = await page.evaluate(() => {
			const region = document.querySelector('.matrix-scroll')!;
			region.scrollLeft = 400;
			const label = document.querySelector('tbody th[scope="row"]')!;
			return label.getBoundingClientRect().left - region.getBoundingClientRect().left;
		});
		expect(Math.abs(left)).toBeLessThanOrEqual(1);
		await page.context().close();
	});

	test('hides the columns a level rules out and puts the level in the URL', async () => {
		const page = await open(YEAR_PAGE);
		expect(await page.getByLabel('年度').count()).toBe(0);
		await page.getByLabel('层级').selectOption('provincial');
		await page.waitForURL(/\?level=provincial$/);
		const levels = await page.$$eval('thead th[data-col]:not([hidden])', (ths) =>
			ths.map((th) => (th as HTMLElement).dataset['level']),
		);
		expect(levels).toEqual(['provincial']);
		const hiddenCells = await page.$$eval('td[data-col][hidden]', (tds) => tds.length);
		expect(hiddenCells).toBeGreaterThan(0);
		expect(await page.locator('[data-status-text]').textContent()).toBe('显示 1 份通知，共 3 份');
		await page.getByLabel('层级').selectOption('');
		await page.waitForURL((url) => url.search === '');
		expect(await visibleHeadings(page)).toHaveLength(3);
		await page.context().close();
	});

	test('applies the filters named in the URL on arrival', async () => {
		const page = await open(`${YEAR_PAGE}?level=national&jurisdiction=quanguo`);
		expect(await page.getByLabel('地区').inputValue()).toBe('quanguo');
		const national2023 = '国家标准化管理委员会关于征集2023年度国家标准化试点示范项目的通知';
		expect(await visibleHeadings(page)).toEqual([national2023]);
		await page.context().close();
	});

	test('downloads a CSV of the visible notices only, named for the year', async () => {
		const page = await open(`${YEAR_PAGE}?level=provincial`);
		const headings = await visibleHeadings(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: '下载当前筛选的 CSV' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('matrix-2023-provincial.csv');
		const csv = readFileSync(await download.path(), 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = parseCsv(csv);
		expect(rows[0]).toEqual(['项目', ...headings]);
		expect(rows.every((row) => row.length === 2)).toBe(true);
		expect(rows.find((row) => row[0] === '层级')).toEqual(['层级', '省级']);
		await page.context().close();
	});
});
