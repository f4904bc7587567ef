/** 申报途径 as the matrix, its CSV and the checklist write it, from a record's `submission`. */
import { describe, expect, test } from 'vitest';
import { formatSubmissionRoute } from '../../src/lib/applicant/format-submission-route.ts';

const text = '（句子）';

describe('formatSubmissionRoute', () => {
	test('returns one line per way, in order', () => {
		expect(
			formatSubmissionRoute({
				systems: [
					{ name: '某系统', url: 'https://x.cn/', text },
					{ name: '公文交换系统', url: null, text },
				],
				emails: [
					{ address: 'a@x.cn', text },
					{ address: 'b@y.cn', text },
				],
				paper: { required: true, copies: [2], text },
				electronic: { text },
				via: { body: '区市场监管局', text },
			}),
		).toEqual([
			'线上：某系统（https://x.cn/）',
			'线上：公文交换系统',
			'邮箱：a@x.cn、b@y.cn',
			'纸质材料一式2份',
			'另附电子版',
			'逐级推荐：经区市场监管局',
		]);
	});

	test('writes paper without copies, a range of copies and no paper', () => {
		const route = { systems: [], emails: [], electronic: null, via: null };
		const paper = (value: { required: boolean; copies: number[] }) =>
			formatSubmissionRoute({ ...route, paper: { ...value, text } });
		expect(paper({ required: true, copies: [] })).toEqual(['纸质材料']);
		expect(paper({ required: true, copies: [2, 1] })).toEqual(['纸质材料（1—2份不等）']);
		expect(paper({ required: false, copies: [] })).toEqual(['不需纸质材料']);
		expect(formatSubmissionRoute({ ...route, paper: null })).toEqual([]);
	});
});

