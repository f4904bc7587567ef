/**
 * Search in Chromium against dist/: for every query below, the notices the page finds are exactly
 * the notices whose visible text (the indexed article, without its data-pagefind-ignore parts)
 * contains the query, compared after an independent fold (NFKC, 文号 brackets, lower case). The
 * same query gives the same notices on a fresh page and after other queries; filters narrow, the
 * URL reproduces a search, results land on the matching section; keyboard only, announced count,
 * no axe violations, and a message without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { indexSite } from '../../src/integrations/index-site.ts';
import { placeLabel } from '../../src/lib/places/place-key.ts';
import { launchChromium, serveDist } from '../helpers/browser.ts';
import { readNotice } from '../helpers/read-notice.ts';

const ids = readdirSync(join(import.meta.dirname, '../../dist/notices')).sort();
let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
/** Notice id → its visible indexed text, folded by `oracle`. */
const truth = new Map<string, string>();

/** The test's own fold: NFKC, every bracket pair of a 文号 as [], ASCII lower case, no whitespace runs. */
const oracle = (text: string) =>
	text
		.normalize('NFKC')
		.replace(/[〔［【〖〘]/gu, '[')
		.replace(/[〕］】〗〙]/gu, ']')
		.toLowerCase();

/** Notices whose visible text contains every whitespace-separated term of the query. */
const expected = (query: string) =>
	ids.filter((id) => oracle(query).split(/\s+/u).filter(Boolean).every((term) => (truth.get(id) ?? '').includes(term)));

async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1100, height: 900 } });
	const page = await context.newPage();
	await page.goto(`${site.url}${path}`);
	return page;
}

async function settled(page: Page, query: string): Promise<void> {
	await page.waitForFunction((q) => {
		const element = document.querySelector<HTMLElement>('search-page');
		return element?.dataset['state'] === 'done' && element.dataset['query'] === q;
	}, query);
}

/** Type a query into the page's box, submit, and read the notice ids of both result groups. */
async function search(page: Page, query: string): Promise<{ phrase: string[]; words: string[] }> {
	await page.locator('#search-query').fill(query);
	await page.locator('#search-query').press('Enter');
	await settled(page, query);
	return found(page);
}

async function found(page: Page): Promise<{ phrase: string[]; words: string[] }> {
	return page.evaluate(() => {
		const idsOf = (selector: string) => [...document.querySelectorAll<HTMLAnchorElement>(`${selector} > li > h3 > a`)].map((a) => new URL(a.href).pathname.split('/')[2] ?? '');
		return { phrase: idsOf('.search-hits'), words: idsOf('.search-word-hits') };
	});
}

beforeAll(async () => {
	site = await serveDist();
	browser = await launchChromium();
	const page = await (await browser.newContext()).newPage();
	for (const id of ids) {
		await page.goto(`${site.url}/notices/${id}/`);
		const text = await page.evaluate(() => {
			const article = document.querySelector<HTMLElement>('[data-pagefind-body]');
			for (const ignored of article?.querySelectorAll('[data-pagefind-ignore]') ?? []) ignored.remove();
			return article?.innerText ?? '';
		});
		truth.set(id, oracle(text));
	}
	await page.context().close();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

// Each query with what it is there for; the notices it must return come from `truth`.
const QUERIES: [query: string, why: string][] = [
	['申报条件', 'a phrase whose words also occur apart'],
	['8月15日', 'a date the index and a word segmenter split differently'],
	['5月20日', 'a date in one notice'],
	['2023年度', 'a year'],
	['联系人', 'a word in every notice'],
	['截止', 'a two-character word'],
	['试点', 'a two-character word in every notice, many times'],
	['沈阳', 'a place'],
	['渝北区', 'a district'],
	['上海市', 'a city'],
	['智慧农业', 'a domain name'],
	['养老服务', 'a focus area'],
	['国家标准化试点', 'a long frequent phrase'],
	['信用中国', 'a phrase in quotes in the text'],
	['标准化工作基础', 'a clause'],
	['〔2026〕', 'a 文号 year in its own brackets'],
	['[2026]', 'the same year in ASCII brackets'],
	['［2023］', 'full-width square brackets'],
	['２０２６年', 'full-width digits'],
	['024-96315-1-3515', 'a phone number with dashes'],
	['64220000', 'the start of a switchboard number'],
	['13840110917', 'a mobile number'],
	['lnbzchy@163.com', 'an e-mail address'],
	['ＬＮＢＺＣＨＹ', 'the same in full-width capitals'],
	['sacinfo', 'part of a URL'],
	['申报 条件', 'two terms, both required'],
	['国家试点', 'a phrase in one notice whose words are in all'],
	['没有这个词语的通知', 'nothing'],
];

describe('search results in Chromium', () => {
	test('the ground truth is the six notices, and the queries cover found and not found', () => {
		expect(truth.size).toBe(6);
		expect(QUERIES.length).toBeGreaterThanOrEqual(20);
		expect(QUERIES.filter(([q]) => expected(q).length === 0).map(([q]) => q)).toEqual(['没有这个词语的通知']);
	});

	test('finds exactly the notices that contain each query, phrase matches before word matches', async () => {
		const page = await open('/search/');
		for (const [query, why] of QUERIES) {
			const { phrase, words } = await search(page, query);
			expect([...phrase].sort(), `${query}: ${why}`).toEqual(expected(query));
			// The words group never holds a notice with the phrase.
			for (const id of words) expect(expected(query), `${query} (words)`).not.toContain(id);
		}
		await page.context().close();
	});

	test('lists notices with the words apart after those with the phrase', async () => {
		// Chromium's segmenter splits 申报材料 into 申报|材料 (and 试点 into 试|点, which is why
		// one-character pieces never form a words group).
		const page = await open('/search/?q=申报材料');
		await settled(page, '申报材料');
		const { phrase, words } = await found(page);
		expect([...phrase].sort()).toEqual(expected('申报材料'));
		expect([...words].sort()).toEqual(ids.filter((id) => !phrase.includes(id) && ['申报', '材料'].every((w) => truth.get(id)?.includes(w))));
		expect(words.length).toBeGreaterThan(0);
		const order = await page.evaluate(() => [...document.querySelectorAll('.search-result')].map((li) => li.closest('ol')?.className));
		expect(order.lastIndexOf('search-hits')).toBeLessThan(order.indexOf('search-word-hits'));
		const status = await page.locator('.search-status').textContent();
		expect(status).toBe(`找到${phrase.length}份通知包含“申报材料”。另有${words.length}份通知包含“申报”、“材料”，但不相连。`);
		await page.context().close();
	});

	test('returns the same notices for a query on a fresh page and after other queries', async () => {
		for (const query of ['8月15日', '申报条件', '沈阳', '[2026]']) {
			const fresh = await open(`/search/?q=${encodeURIComponent(query)}`);
			await settled(fresh, query);
			const first = await found(fresh);
			await fresh.context().close();
			const used = await open('/search/');
			for (const other of ['标准', '2026', '联系', '智慧农业 上海', '截止日期']) await search(used, other);
			expect(await search(used, query), query).toEqual(first);
			await used.context().close();
		}
	});

	test('says so when nothing is found, and asks for a query when there is none', async () => {
		const page = await open('/search/?q=没有这个词语的通知');
		await settled(page, '没有这个词语的通知');
		expect(await page.locator('.search-status').textContent()).toBe('没有找到包含“没有这个词语的通知”的通知。');
		expect(await page.locator('.search-result').count()).toBe(0);
		await search(page, '   ');
		expect(await page.locator('.search-status').textContent()).toBe('请输入要查找的字词。');
		await page.context().close();
	});
});

describe('filters', () => {
	test('a long facet shows its most frequent values, every value on request, and a ticked one always', async () => {
		const page = await open('/search/');
		await settled(page, '');
		const domain = page.locator('.facet:has(legend:text("领域"))');
		const labels = () => domain.locator('label').allTextContents();
		const collapsed = await labels();
		const button = domain.locator('button.facet-toggle');
		const total = Number(/显示全部(\d+)项/u.exec((await button.textContent()) ?? '')?.[1]);
		// The seeds name more domains than a collapsed facet shows, so the toggle is there to test.
		expect(total).toBeGreaterThan(collapsed.length);
		expect(await button.getAttribute('aria-expanded')).toBe('false');
		await button.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('.facet button.facet-toggle[aria-expanded="true"]') !== null);
		const every = await labels();
		expect(every).toHaveLength(total);
		expect(every.slice(0, collapsed.length)).toEqual(collapsed);
		const count = (label: string) => Number(/（(\d+)）$/u.exec(label)?.[1]);
		expect(every.map(count)).toEqual(every.map(count).sort((a, b) => b - a));
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('facet-toggle');
		// Tick the last value, collapse: it stays in view to be unticked.
		const last = every.at(-1) ?? '';
		await domain.getByLabel(last).check();
		await page.waitForURL(/domain=/u);
		await settled(page, '');
		await domain.locator('button.facet-toggle').click();
		await page.waitForFunction(() => document.querySelector('.facet button.facet-toggle[aria-expanded="false"]') !== null);
		expect(await domain.locator('input:checked').count()).toBe(1);
		expect((await labels()).length).toBe(collapsed.length + 1);
		await page.context().close();
	});

	test('narrow to the ticked values, with counts, and keep them in the URL', async () => {
		const page = await open('/search/?q=申报条件');
		await settled(page, '申报条件');
		const all = expected('申报条件');
		const region = (id: string) => placeLabel(readNotice(id).jurisdiction);
		const counts = await page.locator('.facet:has(legend:text("地区")) label').allTextContents();
		expect(counts.sort()).toEqual([...new Set(all.map(region))].map((r) => `${r}（${all.filter((id) => region(id) === r).length}）`).sort());

		await page.getByLabel(/^辽宁省/u).check();
		await page.waitForURL(/region=/u);
		await settled(page, '申报条件');
		expect((await found(page)).phrase).toEqual(all.filter((id) => region(id) === '辽宁省'));
		expect(decodeURIComponent(page.url())).toContain('region=辽宁省');

		await page.getByLabel(/^全国/u).check();
		await settled(page, '申报条件');
		expect((await found(page)).phrase.sort()).toEqual(all.filter((id) => ['辽宁省', '全国'].includes(region(id))));

		await page.getByLabel(/^2026/u).check();
		await settled(page, '申报条件');
		expect((await found(page)).phrase.sort()).toEqual(all.filter((id) => ['辽宁省', '全国'].includes(region(id)) && readNotice(id).year === 2026));

		// The URL alone reproduces the search.
		const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
		await settled(again, '申报条件');
		expect(await found(again)).toEqual(await found(page));
		expect(await again.getByLabel(/^辽宁省/u).isChecked()).toBe(true);
		await again.context().close();

		await page.getByRole('button', { name: '清除筛选' }).click();
		await settled(page, '申报条件');
		expect((await found(page)).phrase.sort()).toEqual(all);
		await page.context().close();
	});

	test('status follows today\'s date, not the build\'s', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		// 2026-06-01 in China: the call due 2026-06-30 is open, the one due 2026-05-20 closed.
		await page.clock.setFixedTime(new Date('2026-06-01T02:00:00Z'));
		// 试点 is in every notice's text, so the status filter alone decides.
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('试点')}&status=open`);
		await settled(page, '试点');
		const open = ids.filter((id) => readNotice(id).deadlines.some((d) => d.date >= '2026-06-01' && !d.date.startsWith('--')));
		expect((await found(page)).phrase.sort()).toEqual(open);
		expect(await page.locator('.search-hits .status-badge').allTextContents()).toEqual(open.map(() => '申报中'));
		await page.clock.setFixedTime(new Date('2026-07-01T02:00:00Z'));
		await page.reload();
		await settled(page, '试点');
		expect((await found(page)).phrase).toEqual([]);
		await context.close();
	});

	test('sort by deadline lists the soonest first', async () => {
		const page = await open('/search/?q=申报条件&sort=deadline');
		await settled(page, '申报条件');
		const deadlines = (await found(page)).phrase.map((id) => readNotice(id).deadlines.map((d) => d.date).filter((d) => !d.startsWith('--')).sort()[0] ?? '9999');
		expect(deadlines).toEqual([...deadlines].sort());
		await page.context().close();
	});
});

describe('results', () => {
	test('link to the notice at the section of the match, with the match marked in an excerpt', async () => {
		// 5月20日 occurs once, in 四、有关要求 of one notice: the link lands on that heading.
		const page = await open('/search/?q=5月20日');
		await settled(page, '5月20日');
		const link = page.locator('.search-hits > li > h3 > a').first();
		const href = (await link.getAttribute('href')) ?? '';
		expect(href).toMatch(/^\/notices\/[\w-]+\/#[^:]+:~:text=/u);
		expect(await page.locator('.search-hits .result-excerpt mark').first().textContent()).toBe('5月20日');
		const excerpt = (await page.locator('.search-hits .result-excerpt').first().textContent()) ?? '';
		expect(excerpt.length).toBeGreaterThanOrEqual(60);
		await link.click();
		await page.waitForURL(/\/notices\//u);
		// The text from the target heading to the next heading holds the match.
		const target = decodeURIComponent(new URL(page.url()).hash.slice(1).split(':~:')[0] ?? '');
		// Only the notice's own text is indexed (issue 15), so the section is one of the full text.
		expect(await page.locator(`.document [id="${target}"]`).count()).toBe(1);
		const section = await page.evaluate((id) => {
			let text = '';
			for (let node = document.getElementById(id)?.nextElementSibling; node && !/^H[1-4]$/u.test(node.tagName); node = node.nextElementSibling) text += node.textContent;
			return text;
		}, target);
		expect(oracle(section)).toContain('5月20日');
		await page.context().close();
	});

	test('say whom the deadline binds as the lists do: 推荐截止 for a date that binds the bureaus only', async () => {
		// 5月20日 is in Liaoning 2026 alone, whose only submit date is its bureaus'.
		const page = await open('/search/?q=5月20日');
		await settled(page, '5月20日');
		const meta = (await page.locator('.search-hits .result-meta').first().textContent()) ?? '';
		expect(meta).toContain('推荐截止2026年5月20日');
		expect(meta).not.toContain('申报截止');
		await page.context().close();
	});

	test('list further sections with matches as sub-results', async () => {
		const page = await open('/search/?q=申报条件');
		await settled(page, '申报条件');
		const sub = page.locator('.result-sections a').first();
		expect(await sub.getAttribute('href')).toMatch(/^\/notices\/[\w-]+\/#.+:~:text=/u);
		const id = decodeURIComponent(((await sub.getAttribute('href')) ?? '').split('#')[1]?.split(':~:')[0] ?? '');
		const notice = new URL((await sub.getAttribute('href')) ?? '', site.url).pathname;
		const heading = await page.evaluate(async ([path, anchor]) => {
			const html = await (await fetch(path ?? '')).text();
			return new DOMParser().parseFromString(html, 'text/html').getElementById(anchor ?? '')?.textContent ?? null;
		}, [notice, id]);
		expect(heading).toBe(await sub.textContent());
		await page.context().close();
	});
});

describe('the search page for everyone', () => {
	test('works by keyboard alone, with a visible focus and the count announced', async () => {
		const page = await open('/search/');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('search-page')?.dataset['state'] === 'done');
		let guard = 0;
		while ((await page.evaluate(() => document.activeElement?.id)) !== 'search-query' && guard++ < 30) await page.keyboard.press('Tab');
		await page.keyboard.type('申报条件');
		await page.keyboard.press('Enter');
		await settled(page, '申报条件');
		const status = page.locator('[role="status"]');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		expect(await status.textContent()).toMatch(new RegExp(`^找到${expected('申报条件').length}份通知包含“申报条件”。`, 'u'));
		// Tab into the filter pane and tick the first value with the space bar.
		guard = 0;
		while ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)) !== 'checkbox' && guard++ < 30) await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement as Element);
			return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
		});
		expect(outline.style).not.toBe('none');
		expect(outline.width).toBeGreaterThanOrEqual(2);
		await page.keyboard.press('Space');
		await page.waitForURL(/status=|region=|level=|year=|domain=/u);
		await settled(page, '申报条件');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked)).toBe(true);
		await page.context().close();
	});

	test('searches the word an input method commits, never the pinyin it is composing', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		// The page's timers run only when the test advances this clock, so "no search yet" is a state, not a wait.
		await page.clock.install();
		await page.goto(`${site.url}/search/`);
		await page.clock.runFor(10);
		await page.waitForFunction(() => document.querySelector<HTMLElement>('search-page')?.dataset['state'] === 'done');
		await page.evaluate(() => {
			const w = window as unknown as { searched: string[] };
			w.searched = [];
			const element = document.querySelector('search-page') as HTMLElement;
			new MutationObserver(() => element.dataset['state'] === 'busy' && w.searched.push((document.querySelector('#search-query') as HTMLInputElement).value)).observe(
				element,
				{ attributes: true, attributeFilter: ['data-state'] },
			);
		});
		await page.locator('#search-query').focus();
		const cdp = await context.newCDPSession(page);
		for (const pinyin of ['s', 'sh', 'shen', 'shenbao']) await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
		expect(await page.locator('#search-query').inputValue()).toBe('shenbao');
		await page.clock.runFor(1000);
		expect(await page.evaluate(() => (window as unknown as { searched: string[] }).searched)).toEqual([]);
		await cdp.send('Input.insertText', { text: '申报' });
		await page.clock.runFor(1000);
		await settled(page, '申报');
		expect(await page.evaluate(() => (window as unknown as { searched: string[] }).searched)).toEqual(['申报']);
		expect(await page.locator('[role="status"]').textContent()).toMatch(new RegExp(`^找到${expected('申报').length}份通知包含“申报”。`, 'u'));
		await context.close();
	});

	// Four axe runs: seconds each on a busy 2-core machine.
	test('has no axe violations, with results and filters showing, at 1100 and 360 px, nor do pages with the header box', async () => {
		for (const width of [1100, 360]) {
			const page = await open('/search/?q=申报条件&region=全国', { width });
			await settled(page, '申报条件');
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			await page.context().close();
		}
		// The header's search box is on every page.
		for (const path of ['/', `/notices/${ids[0] ?? ''}/`]) {
			const page = await open(path);
			expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id), path).toEqual([]);
			await page.context().close();
		}
	});

	test('says search needs JavaScript without it, and the header form still leads here', async () => {
		const page = await open('/', { javaScriptEnabled: false });
		await page.locator('#site-search-query').fill('截止');
		await page.locator('#site-search-query').press('Enter');
		await page.waitForURL(/\/search\/\?q=/u);
		expect(await page.locator('noscript').textContent()).toContain('搜索需要启用 JavaScript');
		expect(await page.locator('.search-status').isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('issue 15', () => {
	test('filters and sort list notices without a query; a level may be named by its code', async () => {
		const page = await open('/search/?level=provincial');
		await settled(page, '');
		const provincial = ids.filter((id) => readNotice(id).jurisdiction.level === 'provincial');
		expect(provincial.length).toBeGreaterThan(0);
		expect((await found(page)).phrase.sort()).toEqual(provincial);
		expect(await page.locator('.search-status').textContent()).toBe(`共${provincial.length}份通知符合筛选条件。`);
		await page.goto(`${site.url}/search/?sort=deadline`);
		await settled(page, '');
		expect((await found(page)).phrase.sort()).toEqual(ids);
		await page.context().close();
	});

	test('without query or filter: a prompt, and the filter pane to start from', async () => {
		const page = await open('/search/');
		await settled(page, '');
		expect(await page.locator('.search-status').textContent()).toBe('请输入要查找的字词。');
		expect(await page.locator('.search-result').count()).toBe(0);
		expect(await page.locator('.search-facets').isVisible()).toBe(true);
		await page.context().close();
	});

	test('the header box shows the query on the search page; traditional characters find simplified text', async () => {
		const page = await open('/search/?q=' + encodeURIComponent('標準化試點'));
		await settled(page, '標準化試點');
		expect(await page.locator('#site-search-query').inputValue()).toBe('標準化試點');
		expect((await found(page)).phrase.sort()).toEqual(expected('标准化试点'));
		expect(expected('标准化试点').length).toBeGreaterThan(0);
		await page.context().close();
	});

	test('without JavaScript the search page links the lists by year, place and domain', async () => {
		const page = await open('/search/?q=截止', { javaScriptEnabled: false });
		// Without script, <noscript> content is parsed as elements.
		const links = await page.locator('.search-browse a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
		expect(links).toEqual(['/years/', '/jurisdictions/', '/domains/']);
		await page.context().close();
	});
});

describe('what the page loads', () => {
	test('no Pagefind script, WASM, index or metadata: before a query nothing of Pagefind, after it the fragments shown by notice number', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(`${site.url}/search/`);
		await page.waitForSelector('search-page[data-ready="true"]');
		expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
		expect(requested).toContain('/search/literal/docs.bin');
		expect(requested.filter((path) => path.startsWith('/search/fragments/'))).toEqual([]);
		const { phrase } = await search(page, '申报条件');
		expect(phrase.length).toBeGreaterThan(0);
		expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
		const fragments = requested.filter((path) => path.startsWith('/search/fragments/'));
		// The phrase group's, and the words group's if any; each once.
		expect(fragments.length).toBeGreaterThanOrEqual(phrase.length);
		expect(new Set(fragments).size).toBe(fragments.length);
		for (const path of fragments) expect(path).toMatch(/^\/search\/fragments\/\d+\.pf_fragment$/u);
		await context.close();
	});
});

describe('several Pagefind bundles', () => {
	test('give the same results and counts as one, merged in the browser', async () => {
		const copy = mkdtempSync(join(tmpdir(), 'search-bundles-'));
		cpSync(join(import.meta.dirname, '../../dist'), copy, { recursive: true });
		await indexSite(copy, () => undefined, { bundlePages: 2 });
		const manifest = JSON.parse(readFileSync(join(copy, 'search/literal/manifest.json'), 'utf8')) as { pagefind: string[] };
		expect(manifest.pagefind.length).toBeGreaterThan(1);
		expect(manifest.pagefind).toEqual(manifest.pagefind.map((_, i) => (i === 0 ? 'pagefind/' : `pagefind/part-${i}/`)));
		const bundled = await serveDist(copy);
		try {
			const page = await browser.newPage();
			for (const query of ['申报条件', '8月15日', '沈阳', '[2026]']) {
				await page.goto(`${bundled.url}/search/?q=${encodeURIComponent(query)}`);
				await settled(page, query);
				expect([...(await found(page)).phrase].sort(), query).toEqual(expected(query));
			}
			await page.goto(`${bundled.url}/search/?q=${encodeURIComponent('申报条件')}&year=2023&sort=deadline`);
			await settled(page, '申报条件');
			const ids2023 = expected('申报条件').filter((id) => readNotice(id).year === 2023);
			expect([...(await found(page)).phrase].sort()).toEqual(ids2023);
			await page.close();
		} finally {
			await bundled.close();
			rmSync(copy, { recursive: true, force: true });
		}
	});
});
