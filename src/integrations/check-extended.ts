/**
 * Fail unless the Pagefind binary that the Node API will start is the extended build: only it
 * segments Chinese (ICU4X), and the plain build indexes a run of Chinese text as one word.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The binary pagefind's Node API spawns, found the way it finds it (pagefind lib/resolveBinary.js
 * at 1.6.0): an environment override, else the platform package's pagefind_extended, else pagefind.
 * @param env Environment to read the overrides from.
 */
export function pagefindBinary(env: NodeJS.ProcessEnv = process.env): string {
	const override = env['PAGEFIND_EXTENDED_BINARY_PATH'] ?? env['PAGEFIND_BINARY_PATH'];
	if (override !== undefined && override !== '') return override;
	const require = createRequire(import.meta.resolve('pagefind'));
	const system = platform() === 'win32' ? 'windows' : platform();
	const cpu = env['npm_config_arch'] ?? arch();
	for (const name of ['pagefind_extended', 'pagefind']) {
		try {
			return require.resolve(`@pagefind/${system}-${cpu}/bin/${name}${system === 'windows' ? '.exe' : ''}`);
		} catch {
			// try the next name
		}
	}
	throw new Error(`Cannot find a Pagefind binary for ${system}-${cpu}, expected the @pagefind/${system}-${cpu} package`);
}

/**
 * Run the binary once on a one-page Chinese site and require its banner to say (Extended).
 * @param env Environment (binary overrides), for tests.
 * @returns The banner line, e.g. `Running Pagefind v1.6.0 (Extended)`.
 */
export function checkExtended(env: NodeJS.ProcessEnv = process.env): string {
	const binary = pagefindBinary(env);
	const dir = mkdtempSync(join(tmpdir(), 'pagefind-check-'));
	try {
		mkdirSync(join(dir, 'site'));
		writeFileSync(join(dir, 'site/index.html'), '<html lang="zh-CN"><body><main data-pagefind-body>标准化试点</main></body></html>');
		const run = spawnSync(binary, ['--site', join(dir, 'site'), '--output-path', join(dir, 'out')], { encoding: 'utf8' });
		const banner = /Running Pagefind v\S+.*/u.exec(run.stdout ?? '')?.[0] ?? '';
		if (run.status !== 0 || !banner.includes('(Extended)')) {
			throw new Error(`Cannot index Chinese with \`${binary}\` (${banner || run.error?.message || `exit ${run.status}`}), expected Pagefind (Extended)`);
		}
		return banner;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
