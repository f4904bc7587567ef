import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkExtended, pagefindBinary } from '../../src/integrations/check-extended.ts';

const dir = mkdtempSync(join(tmpdir(), 'fake-pagefind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in binary that prints `banner` and exits with `code`. */
function fake(name: string, banner: string, code = 0): string {
	const file = join(dir, name);
	writeFileSync(file, `#!/bin/sh\necho "${banner}"\nexit ${code}\n`);
	chmodSync(file, 0o755);
	return file;
}

describe('checkExtended', () => {
	test('returns the banner of the installed binary, which is the extended one', () => {
		expect(pagefindBinary({})).toMatch(/pagefind_extended$/u);
		expect(checkExtended({})).toMatch(/^Running Pagefind v1\.6\.\d+ \(Extended\)$/u);
	});

	test('throws for a binary that runs without (Extended)', () => {
		const plain = fake('pagefind', 'Running Pagefind v1.6.0');
		expect(() => checkExtended({ PAGEFIND_BINARY_PATH: plain })).toThrow(/Cannot index Chinese with `.*pagefind` \(Running Pagefind v1\.6\.0\), expected Pagefind \(Extended\)/u);
	});

	test('throws for a binary that fails, and prefers the extended override like pagefind does', () => {
		const broken = fake('broken', 'Running Pagefind v1.6.0 (Extended)', 1);
		expect(() => checkExtended({ PAGEFIND_EXTENDED_BINARY_PATH: broken })).toThrow(/exit 1|Extended/u);
		expect(pagefindBinary({ PAGEFIND_EXTENDED_BINARY_PATH: broken, PAGEFIND_BINARY_PATH: 'other' })).toBe(broken);
	});
});
