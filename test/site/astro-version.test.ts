/**
 * Astro stays at or above 7.2.8, the first release with the fix for advisory GHSA-26w7-cxv4-gfx2,
 * both as installed and as package.json allows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

describe('Astro version', () => {
	test('installed and required versions are at least 7.2.8', () => {
		const installed = json('node_modules/astro/package.json')['version'] as string;
		const required = (json('package.json')['dependencies'] as Record<string, string>)['astro'] ?? '';
		expect(semver.gte(installed, '7.2.8'), installed).toBe(true);
		// Every version the range admits is safe, not only the one installed today.
		expect(semver.minVersion(required)?.version, required).toSatisfy((v: string) => semver.gte(v, '7.2.8'));
	});
});
