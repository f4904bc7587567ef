import { describe, expect, test } from 'vitest';
import { compareFacets } from '../../src/compare/facets/index.ts';
import { loadTaxonomy } from '../../src/compare/load-taxonomy.ts';
import { summarizeChanges } from '../../src/compare/summary.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { readNotice } from '../helpers/read-notice.ts';
import { record } from '../helpers/record.ts';

const taxonomy = loadTaxonomy('content/domains');
const summarize = (a: Partial<NoticeRecord>, b: Partial<NoticeRecord>) =>
	summarizeChanges(compareFacets(record(a), record(b), taxonomy));
const due = (date: string) => ({ date, text: `${date}前将申报材料报送至省市场监管局` });

describe('summarizeChanges', () => {
	test('returns 无实质性变化 for identical records', () => {
		const notice = readNotice('national-2026-pilot-call');
		expect(summarizeChanges(compareFacets(notice, notice, taxonomy))).toBe('无实质性变化');
	});

	test('returns 无实质性变化 for a deadline rolled over to the next year', () => {
		expect(summarize({ deadlines: [due('2025-06-30')] }, { deadlines: [due('2026-06-30')] })).toBe('无实质性变化');
	});

	test('tells a deadline moved within the year without the year', () => {
		expect(summarize({ deadlines: [due('2026-08-15')] }, { deadlines: [due('2026-06-30')] })).toBe(
			'截止日期由8月15日提前至6月30日',
		);
	});

	test('names what is due for a deadline other than the call’s own', () => {
		const report = (date: string) => ({ date, text: '承担单位应于每年11月15日前提交年度工作总结' });
		expect(summarize({ deadlines: [report('--11-15')] }, { deadlines: [report('--11-30')] })).toBe(
			'提交年度工作总结日期由每年11月15日推迟至每年11月30日',
		);
	});

	test('tells the new caps', () => {
		const a = { quotas: [{ text: '每个领域不超过3个', max: 3 }] };
		const b = { quotas: [{ text: '总数不超8个', max: 8 }, { text: '同一领域不超2个', max: 2 }] };
		expect(summarize(a, b)).toBe('名额改为总数不超过8个、同一领域不超过2个');
	});

	test('caps long domain lists and names domains by their canonical names', () => {
		const names = ['农业农村领域', '消费品领域', '高技术领域', '服务业领域'];
		const b = { domains: names.map((name) => ({ name, focus: [] })) };
		expect(summarize({}, b)).toBe('新增领域：农业农村、消费品、高新技术等4个');
	});

	test('tells a changed period and counts changed conditions', () => {
		const a = { period: { years: 2 }, conditions: [{ text: '三年内未发生重大质量事故。' }] };
		const b = { period: { years: 3 }, conditions: [{ text: '五年内未发生重大质量事故。' }] };
		expect(summarize(a, b)).toBe('建设周期改为3年；申报条件修改1条');
	});

	test('returns national 2023 → 2026 with the deadline, its years and the new domains', () => {
		const summary = summarizeChanges(
			compareFacets(readNotice('national-2023-pilot-demonstration'), readNotice('national-2026-pilot-call'), taxonomy),
		);
		expect(summary).toContain('截止日期由2023年8月15日改为2026年6月30日');
		expect(summary).toContain('新增领域：农业农村、消费品、高新技术等8个');
		expect(summary).toContain('名额改为总数不超过8个');
		expect(summary).toContain('建设周期改为');
	});
});
