/**
 * Every built page passes axe-core (WCAG 2.0–2.2 A/AA and best practice) with zero violations in
 * Chromium, as a reader first sees it; comparison and picker pages also after their scripts ran.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const DIST = join(import.meta.dirname, '../../dist');
const paths = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('index.html'))
	.map((f) => `/${f.replace(/index\.html$/, '')}`)
	.sort();

const session = useBrowser();
let context: BrowserContext;
beforeAll(async () => {
	context = await session.browser.newContext({ viewport: { width: 1100, height: 900 } });
});
afterAll(async () => {
	await context?.close();
});

/** Violations as one readable line each: rule, impact, first offending element. */
async function violations(path: string): Promise<string[]> {
	const page = await context.newPage();
	try {
		await page.goto(`${session.url}${path}`);
		// The picker renders its comparison after fetching; wait for it to settle.
		if (path.startsWith('/compare/?')) await page.locator('compare-picker .cmp').waitFor();
		const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		return result.violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes[0]?.target.join(' ') ?? ''}`);
	} finally {
		await page.close();
	}
}

describe('axe-core on every page', () => {
	test('finds the pages', () => {
		expect(paths.length).toBeGreaterThan(20);
	});

	// One at a time: axe is CPU-bound and this machine has two cores; running pages side by side
	// measured no faster.
	test.each(paths)('%s', async (path) => {
		expect(await violations(path)).toEqual([]);
	});

	test('the picker with a comparison shown', async () => {
		expect(await violations('/compare/?a=national-2026-pilot-call&b=liaoning-2026-pilot-recommendation')).toEqual([]);
	});
});
