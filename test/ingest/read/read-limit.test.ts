/**
 * The read stage's time limit, with a PDF reader that never finishes (a stand-in for pdf.js
 * stuck on a damaged file): readNotice and parseNoticeSource refuse the file on one line.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseNoticeSource } from '../../../src/ingest/index.ts';
import { readNotice } from '../../../src/ingest/read/index.ts';
import { MAX_READ_MS } from '../../../src/ingest/read/limits.ts';

vi.mock('../../../src/ingest/read/read-pdf.ts', () => ({ readPdf: () => new Promise<string>(() => {}) }));

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
const TIMED_OUT = (seconds: number) => `slow.pdf: 读取超时（超过 ${seconds} 秒）：文件可能已损坏 / reading took over ${seconds} s: the file may be damaged`;

afterEach(() => {
	vi.useRealTimers();
});

describe('readNotice', () => {
	test('refuses a file whose reader does not finish within the limit it is given', async () => {
		await expect(readNotice(PDF, 'slow.pdf', { maxReadMs: 20 })).rejects.toThrow(TIMED_OUT(0.02));
	});

	test('waits MAX_READ_MS (30 s) when given no limit', async () => {
		expect(MAX_READ_MS).toBe(30_000);
		vi.useFakeTimers();
		let settled: unknown;
		const reading = readNotice(PDF, 'slow.pdf').catch((error: unknown) => (settled = error));
		await vi.advanceTimersByTimeAsync(29_999);
		expect(settled).toBeUndefined();
		await vi.advanceTimersByTimeAsync(1);
		await reading;
		expect((settled as Error).message).toBe(TIMED_OUT(30));
	});
});

describe('parseNoticeSource', () => {
	test('passes the limit to the reader and refuses the file on one line', async () => {
		const error = await parseNoticeSource(PDF, 'slow.pdf', { maxReadMs: 20 }).catch((e: unknown) => e);
		expect((error as Error).message).toBe(TIMED_OUT(0.02));
		expect((error as Error).message).not.toContain('\n');
	});
});
