/**
 * Builds the site from test/fixtures/site (NOTICES_DIR) into a temporary folder for one test
 * file, and removes it afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export const FIXTURES = 'test/fixtures/site';

/** A fixture build: its folder, filled in by the hooks, and a reader for its files. */
export interface SiteBuild {
	out: string;
	/** A built file's text, by its path in the site (`data/notices.json`, `notices/x/index.html`). */
	read: (path: string) => string;
}

/**
 * Build the fixture site before a test file's tests and delete it after them.
 * @example const site = useFixtureBuild(); test('…', () => site.read('index.html'))
 */
export function useFixtureBuild(): SiteBuild {
	const build: SiteBuild = { out: '', read: (path) => readFileSync(join(build.out, path), 'utf8') };
	beforeAll(() => {
		build.out = mkdtempSync(join(tmpdir(), 'site-build-'));
		const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
		const result = spawnSync(process.execPath, [astro, 'build', '--outDir', build.out], {
			encoding: 'utf8',
			env: { ...process.env, NOTICES_DIR: `./${FIXTURES}`, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`);
	}, 120_000);
	afterAll(() => {
		if (build.out !== '') rmSync(build.out, { recursive: true, force: true });
	});
	return build;
}
