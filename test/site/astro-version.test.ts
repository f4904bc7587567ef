/**
 * Astro stays at or above 7.2.8, the first release with the fix for advisory GHSA-26w7-cxv4-gfx2,
 * both as installed and as package.json allows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const parts = (version: string) => version.replace(/^[^\d]*/, '').split('.').map((n) => Number.parseInt(n, 10));
const atLeast = (version: string, floor: string) => {
	const [a, b] = [parts(version), parts(floor)];
	for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
	return true;
};

describe('Astro version', () => {
	test('installed and required versions are at least 7.2.8', () => {
		const installed = json('node_modules/astro/package.json')['version'] as string;
		const required = (json('package.json')['dependencies'] as Record<string, string>)['astro'] ?? '';
		expect(atLeast(installed, '7.2.8'), installed).toBe(true);
		expect(required).toMatch(/^\^?7\./);
		expect(atLeast(required, '7.2.8'), required).toBe(true);
		expect(atLeast('7.2.7', '7.2.8')).toBe(false);
	});
});
