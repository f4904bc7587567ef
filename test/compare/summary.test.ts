import { describe, expect, test } from 'vitest';
import { compareFacets } from '../../src/compare/facets/index.ts';
import { readTaxonomy } from '../../scripts/lib/read-taxonomy.ts';
import { summarizeChanges } from '../../src/compare/summary.ts';
import { readNotice } from '../helpers/read-notice.ts';
import { record } from '../helpers/record.ts';
import { deadline } from '../helpers/deadline.ts';
import type { NoticeRecordInput } from '../site/notice-record.ts';

const taxonomy = readTaxonomy('content/domains');
const summarize = (a: NoticeRecordInput, b: NoticeRecordInput) =>
	summarizeChanges(compareFacets(record(a), record(b), taxonomy));
const due = (date: string) => deadline(date, `${date}前将申报材料报送至省市场监管局`);

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
			'申报截止日期由8月15日提前至6月30日',
		);
	});

	test('names what is due for a deadline other than the call’s own', () => {
		const report = (date: string) => deadline(date, '承担单位应于每年11月15日前提交年度工作总结', 'report');
		expect(summarize({ deadlines: [report('--11-15')] }, { deadlines: [report('--11-30')] })).toBe(
			'年度报告日期由每年11月15日推迟至每年11月30日',
		);
	});

	test('tells the new caps', () => {
		const a = { quotas: [{ text: '每个领域不超过3个', max: 3 }] };
		const b = { quotas: [{ text: '总数不超8个', max: 8 }, { text: '同一领域不超2个', max: 2 }] };
		expect(summarize(a, b)).toBe('名额改为总数不超过8个、同一领域不超过2个');
	});

	test('tells caps as new when a set none, and dropped caps when nothing replaces them', () => {
		const demo = { quotas: [{ text: '示范项目不超过2个', max: 2 }] };
		expect(summarize({}, demo)).toBe('新增名额限制：示范项目不超过2个');
		expect(summarize(demo, {})).toBe('取消名额：示范项目不超过2个');
	});

	test('tells deadlines added and dropped by date and what is due', () => {
		const self = deadline('2025-06-15', '请承担单位于6月15日前完成自我评价', 'evaluate');
		expect(summarize({ deadlines: [self] }, { deadlines: [due('2026-05-20')] })).toBe(
			'新增截止日期：5月20日前报送申报材料；取消截止日期：6月15日前提交自评或验收材料',
		);
	});

	test('tells domains dropped and domains whose focus changed', () => {
		const a = { domains: [{ name: '碳排放领域', focus: [] }, { name: '服务业', focus: ['物流'] }] };
		const b = { domains: [{ name: '服务业领域', focus: ['物流', '体育健身'] }] };
		expect(summarize(a, b)).toBe('取消领域：碳达峰碳中和；调整重点方向：服务业');
	});

	test('tells a period added or dropped, and leaves a rolled-over one out', () => {
		expect(summarize({}, { period: { from: 2027, to: 2028 } })).toBe('新增建设周期：2027年—2028年');
		expect(summarize({ period: { years: 2 } }, {})).toBe('不再规定建设周期');
		expect(summarize({ period: { from: 2026, to: 2027 } }, { period: { from: 2027, to: 2028 } })).toBe('无实质性变化');
	});

	test('counts attachments and contacts, leaving roll-over titles out', () => {
		const a = { attachments: [{ no: 1, title: '2025年度申报书' }], contacts: [] };
		const b = {
			attachments: [{ no: 1, title: '2026年度申报书' }, { no: 2, title: '自评表' }],
			contacts: [{ name: '胡宇', role: null, org: null, phones: [], emails: [], address: null, postcode: null }],
		};
		expect(summarize(a, b)).toBe('附件新增1个；联系人新增1人');
	});

	test('caps long domain lists and names domains by their canonical names', () => {
		const names = ['农业农村领域', '消费品领域', '高技术领域', '服务业领域'];
		const b = { domains: names.map((name) => ({ name, focus: [] })) };
		expect(summarize({}, b)).toBe('新增领域：农业农村、消费品、高新技术等4个');
	});

	test('names each field of a joined domain', () => {
		expect(summarize({}, { domains: [{ name: '科技创新领域、制造业领域', focus: [] }] })).toBe('新增领域：高新技术、制造业');
	});

	test('reports no domain change when a joined item is split into its fields', () => {
		const a = { domains: [{ name: '科技创新领域、制造业领域', focus: ['氢能'] }] };
		const b = { domains: [{ name: '高新技术领域', focus: ['氢能'] }, { name: '制造业领域', focus: [] }] };
		expect(summarize(a, b)).toBe('无实质性变化');
	});

	test('names a domain outside the taxonomy by its bare name', () => {
		expect(summarize({}, { domains: [{ name: '长三角一体化领域', focus: [] }] })).toBe('新增领域：长三角一体化');
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
