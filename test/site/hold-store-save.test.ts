import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { holdStoreSave } from '../../src/lib/build/hold-store-save.ts';

afterEach(() => vi.useRealTimers());

describe('holdStoreSave', () => {
	test('touches a meta key more often than every 500 ms until released, then removes it', () => {
		vi.useFakeTimers();
		const touches: number[] = [];
		const meta = new Map<string, string>();
		const context = {
			meta: { set: (key: string, value: string) => (touches.push(Date.now()), meta.set(key, value)), delete: (key: string) => meta.delete(key) },
		} as unknown as LoaderContext;
		const start = Date.now();
		const release = holdStoreSave(context);
		vi.advanceTimersByTime(2000);
		expect(touches[0]).toBe(start);
		expect(touches.length).toBeGreaterThanOrEqual(5);
		for (const [index, time] of touches.entries()) if (index > 0) expect(time - (touches[index - 1] ?? 0)).toBeLessThan(500);
		release();
		expect([...meta.keys()]).toEqual([]);
		const count = touches.length;
		vi.advanceTimersByTime(2000);
		expect(touches).toHaveLength(count);
	});
});
