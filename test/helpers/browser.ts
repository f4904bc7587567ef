/**
 * Browser tests: Debian's Chromium driven by playwright-core against dist/ served on a loopback
 * port (test/helpers/chromium.ts), started and stopped by a test file's hooks.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import { launchChromium, serveDist } from './chromium.ts';

export { launchChromium, serveDist };

// Every browser test waits on conditions (a data-state, a URL, an element), never on fixed times;
// on a loaded machine they take longer, so a test may take minutes before it is called failed
// (issue 15: the search test once timed out at vitest's default 5 s). Each file that drives
// Chromium imports this module, so the limit is set for exactly those files.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

/** A served dist/ and a Chromium for one test file, filled in by `useBrowser`'s hooks. */
export interface BrowserSession {
	browser: Browser;
	/** The served site's base URL, `http://127.0.0.1:PORT`. */
	url: string;
}

/**
 * Start the static server and Chromium before a test file's tests and stop both after them.
 * @example const session = useBrowser(); test('…', async () => { await session.browser.newPage() })
 */
export function useBrowser(): BrowserSession {
	const session = {} as BrowserSession;
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const site = await serveDist();
		close = site.close;
		session.url = site.url;
		session.browser = await launchChromium();
	});
	afterAll(async () => {
		await session.browser?.close();
		await close?.();
	});
	return session;
}
