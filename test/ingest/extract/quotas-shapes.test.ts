/** Caps as real notices write them, and the counts that are not caps. */
import { describe, expect, test } from 'vitest';
import { parseText } from '../../helpers/parse-text.ts';

const quotas = (body: string) => parseText(body).quotas;

describe('remarkNoticeQuotas on real shapes', () => {
	test.each([
		['每省申报数量不超过2个。', 2],
		['各地推荐数量原则上不超过十项。', 10],
		['每家单位限报1项。', 1],
		['每个设区市推荐不多于3家。', 3],
		['推荐总数控制在5个以内。', 5],
		['每个市原则上仅推荐1个。', 1],
	])('reads %s as a cap of %i', (text, max) => {
		expect(quotas(text)).toEqual([{ text, max }]);
	});
	test('reads a cap said in brackets as the bracket clause', () => {
		expect(quotas('在本区注册的单位（一照多址的单位只能申报一次）于6月30日前报送材料。')).toEqual([{ text: '一照多址的单位只能申报一次', max: 1 }]);
	});
	test('takes no targets, counts of times or periods', () => {
		expect(quotas('每年组织培训3次以上，申报单位应举办活动2次，材料一式3份，建设周期2年。')).toEqual([]);
	});
});
