/**
 * A notice page in a real browser: readable at 360 px without horizontal scrolling, only module
 * scripts (days left, the checklist), and a fact's sentence highlighted on arrival from its card's
 * link.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const ids = readdirSync(join(import.meta.dirname, '../../dist/notices'));
const session = useBrowser();

describe('notice pages in Chromium', () => {
	test('are six, one per notice', () => {
		expect(ids).toHaveLength(6);
	});

	test.each(ids)('%s fits 360 px and runs only its own module scripts', async (id) => {
		const page = await session.browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${session.url}/notices/${id}/`);
		const { scroll, scripts } = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			scripts: [...document.scripts].map((script) => script.type),
		}));
		expect(scroll).toBeLessThanOrEqual(360);
		// The days-left counter and the checklist: modules Astro bundles, no classic script.
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.every((type) => type === 'module')).toBe(true);
		await page.close();
	});

	test('highlights the sentence a deadline card links to, and only that one', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1000, height: 800 } });
		await page.goto(`${session.url}/notices/${ids[0]}/`);
		const link = page.locator('a[href="#deadline-0"]').first();
		await link.click();
		await page.waitForURL(/#deadline-0$/);
		const colors = await page.evaluate(() =>
			[...document.querySelectorAll('mark.fact')].map((m) => ({
				target: m.querySelector(':scope > .fact-anchor:target') !== null,
				background: getComputedStyle(m).backgroundColor,
			})),
		);
		const targeted = colors.filter((c) => c.target);
		expect(targeted).toHaveLength(1);
		expect(colors.filter((c) => !c.target).every((c) => c.background !== targeted[0]!.background)).toBe(true);
		await page.close();
	});
});
