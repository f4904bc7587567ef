/**
 * One typed query on the search page in Chromium: the bytes fetched for it (each response counted
 * gzipped: as is when already gzip, Pagefind's and our index files; else compressed here) and the
 * time from the last keystroke to its results on screen, measured in the page.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';

/** What one query cost. */
export interface QueryCost {
	query: string;
	bytes: number;
	requests: number;
	settledMs: number;
	found: number;
}

const gzipBytes = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length);

/**
 * Count every response of a context (pages and workers) until stopped. The bodies are read when
 * stopped, not as they arrive: reading one is a round trip to the browser and a gzip here, which
 * on the 2-core benchmark machine took CPU from the page while the query it was answering ran.
 * @example const count = countBytes(context); …; await count.stop() // { bytes, requests, files: [{ path, bytes }] }
 */
export function countBytes(context: BrowserContext): { stop: () => Promise<{ bytes: number; requests: number; files: { path: string; bytes: number }[] }> } {
	const responses: Response[] = [];
	const listener = (response: Response) => void responses.push(response);
	context.on('response', listener);
	return {
		stop: async () => {
			context.off('response', listener);
			const files = await Promise.all(
				responses.map((response) => response.body().then(gzipBytes, () => 0).then((bytes) => ({ path: new URL(response.url()).pathname, bytes }))),
			);
			return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), requests: files.length, files };
		},
	};
}

/**
 * Type `query` into the page's search box (replacing what is there) as an input method commits
 * Chinese, a word at a time, and wait for its results.
 * @param page A /search/ page whose index is loaded (data-ready).
 * @param query The query.
 */
export async function measureQuery(page: Page, query: string): Promise<QueryCost> {
	const input = page.locator('#search-query');
	await input.fill('');
	await page.evaluate(() => {
		const w = window as unknown as { lastKey: number };
		w.lastKey = 0;
		document.querySelector('#search-query')?.addEventListener('input', () => (w.lastKey = performance.now()));
	});
	const count = countBytes(page.context());
	await input.focus();
	for (const [i, term] of query.split(' ').entries()) {
		if (i > 0) await page.keyboard.press('Space');
		await page.keyboard.insertText(term);
	}
	const settled = await page.waitForFunction(
		(q) => {
			const element = document.querySelector<HTMLElement & { found: string[] }>('search-page');
			if (element?.dataset['state'] !== 'done' || element.dataset['query'] !== q) return false;
			return { ms: performance.now() - (window as unknown as { lastKey: number }).lastKey, found: element.found.length };
		},
		query,
		{ polling: 'raf', timeout: 60_000 },
	);
	const { ms, found } = (await settled.jsonValue()) as { ms: number; found: number };
	const { bytes, requests } = await count.stop();
	return { query, bytes, requests, settledMs: Math.round(ms), found };
}
