/**
 * The Content-Security-Policy in a real browser: every page carries it; the site's own scripts
 * (comparison toolbar, picker worker, matrix filter) run under it without a single violation; a
 * script injected inline, as hostile notice text would try, is refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const DIST = join(import.meta.dirname, '../../dist');
const session = useBrowser();

describe('Content-Security-Policy', () => {
	test('every page sends one that allows no inline script but hashed ones', () => {
		const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(20);
		for (const page of pages) {
			const html = readFileSync(join(DIST, page), 'utf8');
			const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
			expect(csp, page).toBeDefined();
			const script = /script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';
			expect(script, page).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
			expect(csp, page).toContain("object-src 'none'");
		}
	});

	test.each([
		'/compare/national-2023-pilot-demonstration/national-2026-pilot-call/',
		'/compare/?a=tianjin-2025-municipal-pilot-recommendation&b=liaoning-2026-pilot-recommendation',
		'/matrix/2026/?level=provincial',
	])('%s runs its scripts with no violation, and refuses an injected one', async (path) => {
		const page = await session.browser.newPage();
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(`${session.url}${path}`);
		if (path.startsWith('/compare/?')) await page.locator('compare-picker .cmp').waitFor();
		if (path.startsWith('/compare/')) await page.locator('.cmp-toolbar:not([hidden])').waitFor();
		if (path.startsWith('/matrix/')) await page.locator('.matrix-status').filter({ hasText: /\S/ }).waitFor();
		expect(violations).toEqual([]);

		await expect(page.addScriptTag({ content: 'window.injected = true;' })).rejects.toThrow();
		expect(await page.evaluate(() => 'injected' in window)).toBe(false);
		expect(violations.length).toBeGreaterThan(0);
		await page.close();
	});
});
