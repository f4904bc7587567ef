import { describe, expect, test } from 'vitest';
import { noticeOrder } from '../../src/search/build/notice-order.ts';

const page = (url: string, issued?: string) => ({ url, meta: issued === undefined ? {} : { issued } });

describe('noticeOrder', () => {
	test('puts the newest 成文日期 first, notices without one last, equal dates by url', () => {
		const pages = [page('/notices/a/'), page('/notices/b/', '2024-03-01'), page('/notices/d/', '2026-04-14'), page('/notices/c/', '2026-04-14'), page('/notices/e/')];
		expect(pages.sort(noticeOrder).map((p) => p.url)).toEqual(['/notices/c/', '/notices/d/', '/notices/b/', '/notices/a/', '/notices/e/']);
	});
});
