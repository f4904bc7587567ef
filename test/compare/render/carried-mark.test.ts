import { describe, expect, test } from 'vitest';
import { carriedMark } from '../../../src/compare/render/carried-mark.ts';
import { toHtml } from '../../../src/compare/render/html.ts';
import type { CarriedRef } from '../../../src/compare/types.ts';

const html = (carried: CarriedRef | undefined, name: string | null) => carriedMark(carried, name).map(toHtml).join('');

describe('carriedMark', () => {
	test('links 沿用上级通知 to the sentence stating the fact, named by the call', () => {
		expect(html({ from: 'call', kind: 'domain', index: 6 }, '甲委通知')).toBe(
			' <a class="carried" href="/notices/call/#domain-6" title="沿用上级通知：甲委通知" aria-label="沿用上级通知：甲委通知">沿用上级通知</a>',
		);
	});

	test('links a programme, whose name the text does not mark, to the notice', () => {
		expect(html({ from: 'call', kind: 'programme', index: 0 }, null)).toContain('href="/notices/call/" title="沿用上级通知"');
	});

	test('returns nothing for a fact that is not carried', () => {
		expect(carriedMark(undefined, null)).toEqual([]);
	});
});
