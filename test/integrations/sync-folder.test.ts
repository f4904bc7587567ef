/**
 * syncFolder leaves a folder holding exactly the given files, writing only those that changed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { syncFolder } from '../../src/integrations/sync-folder.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'sync-folder-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under the folder with its text. */
function contents(folder: string): Record<string, string> {
	const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(folder, f)).isFile());
	return Object.fromEntries(files.sort().map((f) => [f, readFileSync(join(folder, f), 'utf8')]));
}

test('creates a missing folder with the files', () => {
	const folder = join(dir, 'a', 'literal');
	expect(syncFolder(folder, new Map<string, string | Uint8Array>([['manifest.json', '{}'], ['part-1/x.bin', new TextEncoder().encode('x')]]))).toEqual({ written: 2, removed: 0 });
	expect(contents(folder)).toEqual({ 'manifest.json': '{}', 'part-1/x.bin': 'x' });
});

test('writes only changed files, removes the others and emptied folders', () => {
	const folder = join(dir, 'pagefind');
	mkdirSync(join(folder, 'part-1'), { recursive: true });
	mkdirSync(join(folder, 'part-2'), { recursive: true });
	for (const [path, text] of [['same.bin', 'same'], ['changed.bin', 'old'], ['longer.bin', 'ab'], ['part-1/gone.bin', 'x'], ['part-2/kept.bin', 'k']]) {
		writeFileSync(join(folder, path ?? ''), text ?? '');
	}
	// An hour old: a file written again gets a new time, one left alone keeps it.
	const old = Date.now() / 1000 - 3600;
	utimesSync(join(folder, 'same.bin'), old, old);
	const files = new Map([
		['same.bin', 'same'],
		['changed.bin', 'new'],
		['longer.bin', 'abc'],
		['part-2/kept.bin', 'k'],
		['new/file.bin', 'n'],
	]);
	expect(syncFolder(folder, files)).toEqual({ written: 3, removed: 1 });
	expect(contents(folder)).toEqual(Object.fromEntries([...files].sort()));
	expect(statSync(join(folder, 'same.bin')).mtimeMs).toBeLessThan(Date.now() - 3_000_000);
	expect(existsSync(join(folder, 'part-1'))).toBe(false);
});
