import { describe, expect, test } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.ts';
import { inTime } from '../../../src/ingest/read/in-time.ts';

const never = () => new Promise<string>(() => {});

describe('inTime', () => {
	test('refuses a read that never finishes once the limit has passed, on one line naming the file', async () => {
		const error = await inTime(never(), 'slow.pdf', 20).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(IngestError);
		expect((error as IngestError).message).toBe('slow.pdf: 读取超时（超过 0.02 秒）：文件可能已损坏 / reading took over 0.02 s: the file may be damaged');
	});

	test('returns what a read gives within the limit', async () => {
		expect(await inTime(Promise.resolve('关于…的通知'), 'a.pdf', 20)).toBe('关于…的通知');
	});

	test('passes on a reader\'s own refusal', async () => {
		const refusal = new IngestError('a.pdf', 'PDF 文件损坏或不完整');
		await expect(inTime(Promise.reject(refusal), 'a.pdf', 1000)).rejects.toBe(refusal);
	});
});
