/**
 * The applicant features in Chromium, on the real notices in dist/: the timeline and the deadline
 * card count days from today in China (a fixed clock here, so the tests never depend on
 * the real date), checklist ticks survive a reload and never leave the browser, and the checklist
 * prints alone.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const LIAONING = 'liaoning-2026-pilot-recommendation';
const NATIONAL = 'national-2026-pilot-call';
const session = useBrowser();

/** A page at `path` whose clock reads `now`, in Beijing time unless told otherwise. */
async function open(path: string, now: string, options: BrowserContextOptions = {}): Promise<Page> {
	const context = await session.browser.newContext({ timezoneId: 'Asia/Shanghai', ...options });
	const page = await context.newPage();
	await page.clock.setFixedTime(new Date(now));
	await page.goto(`${session.url}${path}`);
	return page;
}

/** Each timeline item's notice link, state and days-left text. */
const timeline = (page: Page) =>
	page.$$eval('.timeline-item', (items) =>
		items.map((item) => ({
			href: item.querySelector('.timeline-what a')?.getAttribute('href') ?? '',
			when: item.getAttribute('data-when'),
			next: item.hasAttribute('data-next'),
			left: item.querySelector('.countdown')?.textContent ?? '',
		})),
	);

describe('deadline timeline in Chromium', () => {
	test('marks deadlines past or upcoming from the reader’s today', async () => {
		const page = await open('/deadlines/', '2026-05-25T10:00:00+08:00');
		const items = await timeline(page);
		const liaoning = items.find((i) => i.href === `/notices/${LIAONING}/#deadline-0`);
		const national = items.find((i) => i.href === `/notices/${NATIONAL}/#deadline-1`);
		expect(liaoning).toEqual({ href: expect.any(String), when: 'past', next: false, left: '已过5天' });
		expect(national).toEqual({ href: expect.any(String), when: 'upcoming', next: true, left: '还有36天' });
		expect(items.filter((i) => i.next)).toHaveLength(1);
		const yearly = items.find((i) => i.href === `/notices/${NATIONAL}/#deadline-0`);
		expect(yearly?.left).toBe('下次：2026年11月30日，还有189天');
		const summary = await page.locator('[data-countdown-summary]').textContent();
		expect(summary).toMatch(/^按今天（2026年5月25日）计算：1项尚未截止，\d+项已截止。$/);
		await page.context().close();
	});

	test('counts from today in China, wherever the reader is', async () => {
		// 2026-05-20 01:00 in Beijing is still 19 May in Los Angeles; the call closes on Beijing's day.
		const now = '2026-05-20T01:00:00+08:00';
		const beijing = await open('/deadlines/', now);
		const west = await open('/deadlines/', now, { timezoneId: 'America/Los_Angeles' });
		const href = `/notices/${LIAONING}/#deadline-0`;
		expect((await timeline(beijing)).find((i) => i.href === href)).toMatchObject({ when: 'today', left: '今天截止' });
		expect((await timeline(west)).find((i) => i.href === href)).toMatchObject({ when: 'today', left: '今天截止' });
		await beijing.context().close();
		await west.context().close();
	});

	test('counts the days on a year’s page too, that year’s deadlines only', async () => {
		const page = await open('/deadlines/2026/', '2026-05-25T10:00:00+08:00');
		const items = await timeline(page);
		expect(items.find((i) => i.href === `/notices/${NATIONAL}/#deadline-1`)).toMatchObject({ when: 'upcoming', next: true, left: '还有36天' });
		expect(items.find((i) => i.href === `/notices/${NATIONAL}/#deadline-0`)?.left).toBe('下次：2026年11月30日，还有189天');
		expect(items.every((i) => !i.href.includes('2023'))).toBe(true);
		expect(await page.locator('[data-countdown-summary]').textContent()).toBe('按今天（2026年5月25日）计算：1项尚未截止，1项已截止。');
		await page.context().close();
	});

	test('puts upcoming deadlines first, nearest first, then the yearly ones, then past ones, latest first', async () => {
		const page = await open('/deadlines/', '2026-05-25T10:00:00+08:00');
		const dates = await page.$$eval('[data-deadline] [data-countdown]', (slots) => slots.map((slot) => [slot.getAttribute('data-countdown'), slot.getAttribute('data-when')]));
		const kinds = dates.map(([date, when]) => (date?.startsWith('--') ? 'yearly' : when === 'past' ? 'past' : 'upcoming'));
		// Each kind in one run, in that order.
		expect(kinds.filter((kind, i) => kind !== kinds[i - 1])).toEqual(['upcoming', 'yearly', 'past']);
		const upcoming = dates.filter((_, i) => kinds[i] === 'upcoming').map(([date]) => date ?? '');
		const past = dates.filter((_, i) => kinds[i] === 'past').map(([date]) => date ?? '');
		expect(upcoming).toEqual([...upcoming].sort());
		expect(past).toEqual([...past].sort().reverse());
		expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['尚未截止（最近的在前）', '已截止（最近的在前）']));
		await page.context().close();
		// Without script: by date.
		const plain = await open('/deadlines/', '2026-05-25T10:00:00+08:00', { javaScriptEnabled: false });
		const byDate = await plain.$$eval('[data-deadline] [data-countdown]:not([data-countdown^="--"])', (slots) => slots.map((slot) => slot.getAttribute('data-countdown') ?? ''));
		expect(byDate).toEqual([...byDate].sort());
		await plain.context().close();
	});

	test('lists the dates alone without script', async () => {
		const page = await open('/deadlines/', '2026-05-25T10:00:00+08:00', { javaScriptEnabled: false });
		const items = await timeline(page);
		expect(items.length).toBeGreaterThan(5);
		expect(items.every((i) => i.when === null && i.left === '')).toBe(true);
		expect(await page.locator('[data-countdown-summary]').isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('a notice page in Chromium', () => {
	test('shows the days left beside each deadline on the card', async () => {
		const page = await open(`/notices/${NATIONAL}/`, '2026-05-25T10:00:00+08:00');
		const left = await page.$$eval('#card-deadline ~ * .countdown', (slots) => slots.map((s) => s.textContent));
		expect(left).toEqual(['还有36天', '下次：2026年11月30日，还有189天']);
		await page.context().close();
	});

	test('remembers checklist ticks across a reload, in this browser only', async () => {
		const page = await open(`/notices/${LIAONING}/`, '2026-05-01T10:00:00+08:00');
		const requests: string[] = [];
		page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
		const progress = page.locator('applicant-checklist [data-progress]');
		await expect.poll(() => progress.textContent()).toBe('已勾选0项，共4项');
		await page.locator('#check-condition-1').check();
		await page.locator('#check-material-1').check();
		await page.reload();
		expect(await page.locator('#check-condition-1').isChecked()).toBe(true);
		expect(await page.locator('#check-material-1').isChecked()).toBe(true);
		expect(await page.locator('#check-condition-0').isChecked()).toBe(false);
		expect(await progress.textContent()).toBe('已勾选2项，共4项');
		const keys = await page.evaluate(() => Object.keys(localStorage).sort());
		expect(keys).toEqual([
			`pilot-notices:checklist:${LIAONING}:condition-1`,
			`pilot-notices:checklist:${LIAONING}:material-1`,
		]);
		// Ticking sent nothing: the only requests are the reload's own GETs to this site.
		expect(requests.every((r) => r.startsWith(`GET ${session.url}/`))).toBe(true);
		await page.getByRole('button', { name: '清除勾选' }).click();
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		await page.reload();
		expect(await page.locator('#check-condition-1').isChecked()).toBe(false);
		await page.context().close();
	});

	test('keeps each notice’s ticks apart', async () => {
		const page = await open(`/notices/${LIAONING}/`, '2026-05-01T10:00:00+08:00');
		await page.locator('#check-condition-0').check();
		await page.goto(`${session.url}/notices/${NATIONAL}/`);
		expect(await page.locator('#check-condition-0').isChecked()).toBe(false);
		await page.context().close();
	});

	test('prints the checklist alone', async () => {
		const page = await open(`/notices/${LIAONING}/`, '2026-05-01T10:00:00+08:00');
		// Headless Chromium has no print dialog to wait for; record the call and print as CSS would.
		await page.evaluate(() => {
			window.print = () => document.documentElement.setAttribute('data-printed', '');
		});
		await page.getByRole('button', { name: '只打印本清单' }).click();
		expect(await page.evaluate(() => document.documentElement.dataset['print'])).toBe('checklist');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('applicant-checklist h2').isVisible()).toBe(true);
		expect(await page.locator('.notice-facts').isVisible()).toBe(false);
		expect(await page.locator('.full-text').isVisible()).toBe(false);
		expect(await page.locator('.checklist-actions').isVisible()).toBe(false);
		await page.context().close();
	});

	test('shows no checklist buttons without script, and the boxes still tick', async () => {
		const page = await open(`/notices/${LIAONING}/`, '2026-05-01T10:00:00+08:00', { javaScriptEnabled: false });
		expect(await page.locator('.checklist-actions').isVisible()).toBe(false);
		await page.locator('#check-condition-0').check();
		expect(await page.locator('#check-condition-0').isChecked()).toBe(true);
		await page.context().close();
	});
});
