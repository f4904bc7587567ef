/**
 * Browser tests: Debian's Chromium driven by playwright-core (never a downloaded browser) against
 * dist/ served from a small static server on a free loopback port.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';

// Every browser test waits on conditions (a data-state, a URL, an element), never on fixed times;
// on a loaded machine they take longer, so a test may take minutes before it is called failed
// (issue 15: the search test once timed out at vitest's default 5 s). Each file that drives
// Chromium imports this module, so the limit is set for exactly those files.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const DIST = join(import.meta.dirname, '../../dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves dist/ (or another built site) on 127.0.0.1; resolves to its base URL and a close function. */
export async function serveDist(root = DIST): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** Starts headless Chromium with the flags this machine needs (no network beyond loopback). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
	});
}

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
