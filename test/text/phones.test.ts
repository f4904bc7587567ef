import { describe, expect, test } from 'vitest';
import { findPhones } from '../../src/text/phones.ts';

const values = (text: string) => findPhones(text).map((p) => p.value);

describe('findPhones', () => {
	test.each([
		['联系人：胡宇 024-96315-1-3515 13840110917', ['024-96315-1-3515', '13840110917']],
		['孙彩英 27113062  马蜻 27182054', ['27113062', '27182054']],
		['联系电话：64220000转2527分机；', ['64220000转2527']],
		['010-82261022、82261006、82260667（传真）', ['010-82261022', '82261006', '82260667']],
		['电话：(010)82262964', ['(010)82262964']],
		['热线400-123-4567', ['400-123-4567']],
		['电话:055162871740', ['055162871740']],
		['电话：02084437442，传真：0731-88955371', ['02084437442', '0731-88955371']],
	])('finds the numbers in %s', (text, phones) => {
		expect(values(text)).toEqual(phones);
	});
	test('ignores postcodes, years, house numbers and e-mail digits', () => {
		expect(values('邮政编码：100011，2026年，崇山中路55号，a12345678@x.cn')).toEqual([]);
	});
});
