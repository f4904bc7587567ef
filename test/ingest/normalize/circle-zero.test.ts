import { describe, expect, test } from 'vitest';
import { circleZero } from '../../../src/ingest/normalize/circle-zero.ts';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';

const apply = (text: string) => circleZero(createMappedText(text)).text;

describe('circleZero', () => {
	test('returns a date with 〇 for a white circle', () => {
		expect(apply('二○一一年十月八日')).toEqual('二〇一一年十月八日');
	});

	test('returns two circles in a row as 〇〇, and a large circle or a Latin O too', () => {
		expect(apply('二○○八年 二◯二〇年 二O二一年')).toEqual('二〇〇八年 二〇二〇年 二〇二一年');
	});

	test('returns a circle used as a bullet or a mark unchanged', () => {
		expect(apply('○ 申报条件；评分：○优 OK')).toEqual('○ 申报条件；评分：○优 OK');
	});
});
