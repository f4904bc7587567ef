/**
 * readSource refuses what is not a source file before reading it, in words a user understands.
 */
import { chmodSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { readSource } from '../../scripts/lib/read-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-source-'));

function refusal(path: string): string {
	try {
		readSource(path);
	} catch (error) {
		if (error instanceof IngestError) return error.message;
		throw error;
	}
	throw new Error(`${path} was read`);
}

describe('readSource', () => {
	test('returns the bytes of a file', () => {
		writeFileSync(join(dir, 'a.txt'), '试点\r\n');
		expect(readSource(join(dir, 'a.txt'))).toEqual(new Uint8Array(Buffer.from('试点\r\n')));
	});

	test('refuses a 20 MB file from its size, without reading it', () => {
		const path = join(dir, 'huge.txt');
		writeFileSync(path, '');
		truncateSync(path, 20 * 1024 * 1024);
		const started = performance.now();
		expect(refusal(path)).toBe(`${path}: 文件过大（20 MB，上限 5 MB）：通知不会这么大，请确认选对了文件 / file too large (20 MB, limit 5 MB): no notice is this big; check the file`);
		expect(performance.now() - started).toBeLessThan(100);
	});

	test('reads a 20 MB PDF: the limit is its format\'s (30 MiB), told from its first bytes', () => {
		const path = join(dir, 'notice.txt');
		writeFileSync(path, '%PDF-1.7\n');
		truncateSync(path, 20 * 1024 * 1024);
		expect(readSource(path).length).toBe(20 * 1024 * 1024);
		truncateSync(path, 31 * 1024 * 1024);
		expect(refusal(path)).toContain('文件过大（31 MB，上限 30 MB）');
	});

	test('returns a file of exactly 5 MiB', () => {
		const path = join(dir, 'limit.txt');
		writeFileSync(path, '');
		truncateSync(path, 5 * 1024 * 1024);
		expect(readSource(path).length).toBe(5 * 1024 * 1024);
	});

	test.each([
		['/nonexistent/a.txt', 'no such file'],
		[dir, 'not a file (a folder)'],
		['/dev/zero', 'not a regular file'],
	])('refuses %s', (path, reason) => {
		expect(refusal(path)).toBe(`${path}: ${reason}`);
	});

	test.skipIf(process.getuid?.() === 0)('refuses a file it may not read', () => {
		const path = join(dir, 'secret.txt');
		writeFileSync(path, '试点');
		chmodSync(path, 0o000);
		expect(refusal(path)).toBe(`${path}: cannot read (permission denied)`);
	});
});
