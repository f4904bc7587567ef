/**
 * Two clean builds of the same commit give byte-identical dist/ folders: collections are sorted,
 * nothing writes a build time, hashes depend only on content. Each build gets its own empty cache
 * and output folder, so the second cannot reuse the first.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const roots: string[] = [];

/** Build the site from scratch; the SHA-256 of every file in its output, by path. */
function cleanBuild(): Map<string, string> {
	const root = mkdtempSync(join(tmpdir(), 'reproducible-'));
	roots.push(root);
	const out = join(root, 'dist');
	const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'build', '--outDir', out], {
		encoding: 'utf8',
		env: { ...process.env, ASTRO_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`);
	const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(out, f)).isFile());
	return new Map(files.sort().map((f) => [f, createHash('sha256').update(readFileSync(join(out, f))).digest('hex')]));
}

afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('reproducible builds', () => {
	test('two clean builds write the same files, byte for byte', { timeout: 180_000 }, () => {
		const first = cleanBuild();
		const second = cleanBuild();
		expect(first.size).toBeGreaterThan(20);
		expect([...second.keys()]).toEqual([...first.keys()]);
		const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
		expect(differing).toEqual([]);
	});
});
