import { describe, expect, test } from 'vitest';
import { checkNotices } from '../../src/lib/notices/check-notices.ts';
import { noticeRecord } from './notice-record.ts';

const entry = (id: string, embeddedIn: string | null = null) => ({
	record: noticeRecord({ id, embeddedIn }),
	file: `${id}.mdx`,
});

describe('checkNotices', () => {
	test('accepts unique ids and resolvable links', () => {
		expect(() => checkNotices([entry('a'), entry('b', 'a')])).not.toThrow();
	});

	test('throws on a duplicate id, naming both files', () => {
		expect(() => checkNotices([entry('a'), { ...entry('a'), file: 'x/a.mdx' }])).toThrow(
			'Cannot use id `a` in x/a.mdx, expected an id not used by a.mdx',
		);
	});

	test('throws on a dangling or self link', () => {
		expect(() => checkNotices([entry('b', 'a')])).toThrow('Cannot link `embeddedIn: a` in b.mdx');
		expect(() => checkNotices([entry('a', 'a')])).toThrow('expected the id of another notice');
	});
});
