import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { removeLeftovers } from '../../src/integrations/keep-outputs.ts';

let dir: string;
const started = Date.now();

/** Writes a file; `old` ones get a modification time an hour before the build started. */
function file(path: string, old: boolean): string {
	const full = join(dir, path);
	mkdirSync(join(full, '..'), { recursive: true });
	writeFileSync(full, path);
	if (old) utimesSync(full, (started - 3_600_000) / 1000, (started - 3_600_000) / 1000);
	return full;
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'keep-outputs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('removeLeftovers', () => {
	test('keeps the routes’ outputs (old or new) and what the build wrote, removes the rest and emptied folders', () => {
		const skipped = file('notices/a/index.html', true);
		const rendered = file('notices/b/index.html', false);
		file('_astro/new.css', false);
		file('pagefind/part-1/index.pf', false);
		file('notices/gone/index.html', true);
		file('_astro/old.css', true);
		file('pagefind/part-2/index.pf', true);
		file('old/deep/er/x.html', true);
		const removed = removeLeftovers(dir, new Set([skipped, rendered]), started);
		expect(removed.sort()).toEqual(['_astro/old.css', 'notices/gone/index.html', 'old/deep/er/x.html', 'pagefind/part-2/index.pf']);
		// A folder emptied only of folders goes too.
		expect(existsSync(join(dir, 'old'))).toBe(false);
		expect(existsSync(join(dir, 'notices/gone'))).toBe(false);
		expect(existsSync(join(dir, 'pagefind/part-2'))).toBe(false);
		for (const kept of ['notices/a/index.html', 'notices/b/index.html', '_astro/new.css', 'pagefind/part-1/index.pf']) {
			expect(existsSync(join(dir, kept)), kept).toBe(true);
		}
	});

	test('leaves the folders it is told to skip to whoever keeps them', () => {
		file('pagefind/part-1/index.pf', true);
		file('search/literal/post-0.bin', true);
		file('search/index.html', true);
		file('pagefind-old.txt', true);
		const removed = removeLeftovers(dir, new Set(), started, ['pagefind', 'search/literal']);
		expect(removed.sort()).toEqual(['pagefind-old.txt', 'search/index.html']);
		expect(existsSync(join(dir, 'pagefind/part-1/index.pf'))).toBe(true);
		expect(existsSync(join(dir, 'search/literal/post-0.bin'))).toBe(true);
	});
});
