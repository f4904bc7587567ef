/**
 * Builds the site from test/fixtures/site (NOTICES_DIR) into a temporary folder for one test
 * file, and removes it afterwards. A test file may instead make its own content folder (notices
 * and the sources the site serves, SOURCES_DIR), built with a cache of its own so no page is
 * copied from a build of other content.
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

/** Content made for one build: its notices folder and the folder of sources it serves. */
export interface FixtureContent {
	notices: string;
	sources: string;
}

/**
 * Build the fixture site before a test file's tests and delete it after them.
 * @param makeContent Fills a temporary folder with the content to build (default: the fixtures,
 * served sources from content/sources/).
 * @example const site = useFixtureBuild(); test('…', () => site.read('index.html'))
 */
export function useFixtureBuild(makeContent?: (dir: string) => Promise<FixtureContent>): SiteBuild {
	const build: SiteBuild = { out: '', read: (path) => readFileSync(join(build.out, path), 'utf8') };
	let content = '';
	beforeAll(async () => {
		build.out = mkdtempSync(join(tmpdir(), 'site-build-'));
		const env: Record<string, string> = { NOTICES_DIR: `./${FIXTURES}` };
		if (makeContent) {
			content = mkdtempSync(join(tmpdir(), 'site-content-'));
			const { notices, sources } = await makeContent(content);
			Object.assign(env, { NOTICES_DIR: notices, SOURCES_DIR: sources, ASTRO_CACHE_DIR: join(content, 'cache') });
		}
		const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
		const result = spawnSync(process.execPath, [astro, 'build', '--outDir', build.out], {
			encoding: 'utf8',
			env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`);
	}, 180_000);
	afterAll(() => {
		for (const dir of [build.out, content]) if (dir !== '') rmSync(dir, { recursive: true, force: true });
	});
	return build;
}
