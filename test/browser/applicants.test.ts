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
		// Liaoning: two conditions, the company's 申请表 and the bureau's 推荐函, each ticked where it is listed.
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

	test('prints a header naming the notice: title, issuer, 文号, address and contacts', async () => {
		const page = await open(`/notices/${NATIONAL}/`, '2026-05-01T10:00:00+08:00');
		const header = page.locator('applicant-checklist [data-print-header]');
		// On screen the page's own header says all this; on paper the sheet must.
		expect(await header.isVisible()).toBe(false);
		await page.emulateMedia({ media: 'print' });
		expect(await header.isVisible()).toBe(true);
		const row = (label: string) => header.locator(`dt:text-is("${label}") + dd`).innerText();
		expect(await header.locator('.checklist-print-title').innerText()).toBe('国家标准委关于征集2026年度国家标准化试点项目的通知');
		expect(await row('发文机关')).toBe('国家标准化管理委员会');
		expect(await row('文号')).toBe('国标委发〔2026〕23号');
		expect(await row('网址')).toBe(`https://pilot-notices.invalid/notices/${NATIONAL}/`);
		expect(await row('联系人')).toBe('闫虹光 标准技术司 010-82262964');
		// Printing the checklist alone keeps the header: it is inside the checklist.
		await page.evaluate(() => document.documentElement.setAttribute('data-print', 'checklist'));
		expect(await header.isVisible()).toBe(true);
		expect(await page.locator('.notice-header').isVisible()).toBe(false);
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

describe('who does what, on a notice page in Chromium', () => {
	/** The text of one party's card at the top and of its checklist group. */
	async function party(page: Page, name: 'applicant' | 'recommender'): Promise<{ card: string; checklist: string }> {
		const text = async (selector: string) => ((await page.locator(selector).count()) === 0 ? '' : page.locator(selector).innerText());
		return {
			card: await text(`.applicant-steps [data-party="${name}"]`),
			checklist: await text(`applicant-checklist [data-party="${name}"]`),
		};
	}

	test('tells a Liaoning company its date is its bureau’s to set, before the bureau’s 5月20日', async () => {
		const page = await open(`/notices/${LIAONING}/`, '2026-05-01T10:00:00+08:00', { viewport: { width: 360, height: 800 } });
		const company = await party(page, 'applicant');
		const bureau = await party(page, 'recommender');
		for (const text of [company.card, company.checklist]) {
			expect(text).toMatch(/截止日期[：\s]*由.+规定，早于其报送截止日期2026年5月20日，请向其确认。/);
			expect(text).not.toContain('沈阳市皇姑区崇山中路55号');
			expect(text).not.toContain('推荐函');
		}
		expect(await page.locator('.applicant-steps [data-party="applicant"] [data-party-deadline]').count()).toBe(0);
		for (const text of [bureau.card, bureau.checklist]) {
			expect(text).toContain('推荐单位');
			expect(text).toMatch(/截止日期[：\s]*2026年5月20日/);
			expect(text).toContain('沈阳市皇姑区崇山中路55号');
		}
		// The top comes before the fact cards, and both cards fit 360 px.
		const order = await page.evaluate(() => {
			const steps = document.querySelector('.applicant-steps');
			const facts = document.querySelector('.notice-facts');
			return steps !== null && facts !== null && (steps.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
		});
		expect(order).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.context().close();
	});

	test('gives a Shanghai 2023 company its own 5月15日, though it applies through its district bureau', async () => {
		const page = await open('/notices/shanghai-2023-municipal-pilot-call/', '2023-05-01T10:00:00+08:00');
		const company = await party(page, 'applicant');
		const bureau = await party(page, 'recommender');
		expect(company.card).toMatch(/截止日期\s*2023年5月15日/);
		expect(company.checklist).toMatch(/截止日期：2023年5月15日/);
		expect(company.card).toContain('交给：行业主管部门或区市场监管局');
		expect(company.card).not.toContain('肇嘉浜路301号');
		// The bureau's part: its opinion form and the city's address, no date of its own.
		expect(bureau.card).toContain('推荐部门意见');
		expect(bureau.card).toContain('肇嘉浜路301号');
		expect(bureau.card).not.toContain('2023年5月15日');
		await page.context().close();
	});
});
