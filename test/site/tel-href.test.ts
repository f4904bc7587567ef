import { describe, expect, test } from 'vitest';
import { telHref } from '../../src/lib/applicant/tel-href.ts';

describe('telHref', () => {
	test('keeps digits only', () => {
		expect(telHref('010-82262964')).toBe('tel:01082262964');
		expect(telHref('024-96315-1-3515')).toBe('tel:0249631513515');
		expect(telHref('(010) 8226 2964')).toBe('tel:01082262964');
	});

	test('keeps a leading +', () => {
		expect(telHref('+86 10 82262964')).toBe('tel:+861082262964');
	});

	test('drops an extension', () => {
		expect(telHref('64220000转2527')).toBe('tel:64220000');
		expect(telHref('64220000 分机 2527')).toBe('tel:64220000');
	});

	test('returns null without digits', () => {
		expect(telHref('见附件')).toBe(null);
	});
});
