/**
 * The compare picker's JavaScript budget (issue 3): everything /compare/ loads to compare two
 * notices — its inline module scripts, the scripts and worker they reference, and what those
 * import — at most 30 kB gzipped. Reads the build in dist/ (npm test builds first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
const BUDGET = 30 * 1024;

/** Every /_astro/*.js a piece of code names, followed transitively. */
function scriptsNamedIn(code: string, seen: Set<string>): void {
	for (const [, path] of code.matchAll(/\/_astro\/([\w.-]+\.js)/g)) {
		if (path === undefined || seen.has(path)) continue;
		seen.add(path);
		scriptsNamedIn(readFileSync(join(DIST, '_astro', path), 'utf8'), seen);
	}
}

describe('compare picker bundle', () => {
	const html = readFileSync(join(DIST, 'compare/index.html'), 'utf8');
	const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
	const files = new Set<string>();
	for (const code of [html, ...inline]) scriptsNamedIn(code, files);

	test('loads a worker, and every script it names exists', () => {
		expect([...files].some((f) => f.startsWith('worker'))).toBe(true);
		for (const file of files) expect(existsSync(join(DIST, '_astro', file))).toBe(true);
	});

	test('stays within 30 kB gzipped', () => {
		const sizes = [...inline, ...[...files].map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'))].map(
			(code) => gzipSync(code, { level: 9 }).length,
		);
		const total = sizes.reduce((sum, n) => sum + n, 0);
		expect(total).toBeGreaterThan(1000);
		expect(total).toBeLessThanOrEqual(BUDGET);
	});
});
