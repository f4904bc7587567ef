import { describe, expect, test } from 'vitest';
import { effectiveFacts, ownFacts } from '../../../src/compare/inherit/effective-facts.ts';
import { effectiveRecord, carriedFrom } from '../../../src/compare/inherit/effective-record.ts';
import { readTaxonomy } from '../../../scripts/lib/read-taxonomy.ts';
import { noticeRecord } from '../../site/notice-record.ts';

const taxonomy = readTaxonomy('content/domains');
const call = noticeRecord({
	id: 'call',
	jurisdiction: { level: 'national', name: '全国' },
	docNumber: '甲委发〔2026〕7号',
	title: '甲委关于征集2026年度乙试点项目的通知',
	programmes: ['乙试点项目'],
	domains: [
		{ name: '农业农村领域', focus: ['智慧农业', '高标准农田管护'] },
		{ name: '司法行政领域专项', focus: ['行政复议'] },
	],
	conditions: [{ text: '承担单位应具备独立法人资格。' }, { text: '已承担过试点项目的单位不能申报。' }],
	period: { from: 2027, to: 2028 },
});
/** A province forwarding `call` by name, restating one domain (its own way) and one condition. */
const province = noticeRecord({
	id: 'province',
	forwards: { docNumber: '甲委发〔2026〕7号', title: '甲委关于征集2026年度乙试点项目的通知' },
	programmes: ['乙试点项目'],
	domains: [{ name: '农业农村', focus: [] }],
	conditions: [{ text: '按照甲委要求，承担单位应具备独立法人资格。' }],
});

describe('effectiveFacts', () => {
	test('returns own facts unmarked for a notice that forwards nothing', () => {
		expect(effectiveFacts(call, [call, province], taxonomy)).toEqual(ownFacts(call));
	});

	test('carries the domains, conditions and period the notice does not restate, marked with the call', () => {
		const facts = effectiveFacts(province, [call, province], taxonomy);
		expect(facts.domains.map((d) => [d.value.name, d.from])).toEqual([
			['农业农村', null],
			['司法行政领域专项', 'call'],
		]);
		expect(facts.conditions.map((c) => [c.value.text, c.from])).toEqual([
			['按照甲委要求，承担单位应具备独立法人资格。', null],
			['已承担过试点项目的单位不能申报。', 'call'],
		]);
		expect(facts.period).toEqual({ value: { from: 2027, to: 2028 }, from: 'call', at: 0 });
		expect(facts.programmes).toEqual([{ value: '乙试点项目', from: null, at: 0 }]);
	});

	test('gives each fact its index in the notice that states it, where its sentence is marked', () => {
		const facts = effectiveFacts(province, [call, province], taxonomy);
		// 司法行政 is the call's domains[1], 已承担过… its conditions[1]; the rest are the province's own.
		expect(facts.domains.map((d) => [d.from, d.at])).toEqual([[null, 0], ['call', 1]]);
		expect(facts.conditions.map((c) => [c.from, c.at])).toEqual([[null, 0], ['call', 1]]);
	});

	test('carries the call’s focus items into a domain the notice names without them', () => {
		const [farming] = effectiveFacts(province, [call, province], taxonomy).domains;
		expect(farming).toEqual({
			value: { name: '农业农村', focus: ['智慧农业', '高标准农田管护'], canonical: ['agriculture'] },
			from: null,
			at: 0,
			carried: ['智慧农业', '高标准农田管护'],
			carriedFrom: 'call',
		});
	});

	test('keeps the notice’s own period, focus and programmes where it states them', () => {
		const own = noticeRecord({
			...province,
			domains: [{ name: '农业农村', focus: ['智慧农业'] }],
			period: { years: 1 },
			programmes: ['丙试点项目'],
		});
		const facts = effectiveFacts(own, [call, own], taxonomy);
		expect(facts.period).toEqual({ value: { years: 1 }, from: null, at: 0 });
		expect(facts.domains[0]?.carried).toEqual(['高标准农田管护']);
		expect(facts.programmes).toEqual([
			{ value: '丙试点项目', from: null, at: 0 },
			{ value: '乙试点项目', from: 'call', at: 0 },
		]);
	});

	test('carries no joined domain of the call the notice lists as separate items, nor these of a joined one', () => {
		const joinedCall = noticeRecord({ ...call, domains: [{ name: '科技创新领域、制造业领域', focus: ['氢能'] }] });
		const apart = noticeRecord({ ...province, domains: [{ name: '高新技术', focus: [] }, { name: '制造业', focus: [] }] });
		expect(effectiveFacts(apart, [joinedCall, apart], taxonomy).domains.map((d) => [d.value.name, d.from, d.carried])).toEqual([
			['高新技术', null, []],
			['制造业', null, []],
		]);
		const apartCall = noticeRecord({ ...call, domains: [{ name: '高新技术', focus: ['氢能'] }, { name: '制造业', focus: ['工业互联网'] }] });
		const joined = noticeRecord({ ...province, domains: [{ name: '科技创新领域、制造业领域', focus: [] }] });
		expect(effectiveFacts(joined, [apartCall, joined], taxonomy).domains.map((d) => [d.value.name, d.from, d.carried])).toEqual([
			['科技创新领域、制造业领域', null, ['氢能', '工业互联网']],
		]);
	});

	test('carries a joined domain of the call when the notice names only one of its fields', () => {
		const joinedCall = noticeRecord({ ...call, domains: [{ name: '科技创新领域、制造业领域', focus: ['氢能'] }] });
		const one = noticeRecord({ ...province, domains: [{ name: '高新技术', focus: [] }] });
		expect(effectiveFacts(one, [joinedCall, one], taxonomy).domains.map((d) => [d.value.name, d.from])).toEqual([
			['高新技术', null],
			['科技创新领域、制造业领域', 'call'],
		]);
	});

	test('carries a carried call (embeddedIn) the same way as a named one', () => {
		const carried = noticeRecord({ ...call, embeddedIn: 'province' });
		const silent = noticeRecord({ ...province, forwards: null });
		expect(effectiveFacts(silent, [carried, silent], taxonomy).period?.from).toBe('call');
	});

	test('marks each fact with the notice that states it, two levels down', () => {
		const city = noticeRecord({
			id: 'city',
			jurisdiction: { level: 'municipal', name: '沈阳市', parent: '辽宁省' },
			forwards: { docNumber: null, title: 'province的通知' },
			domains: [],
		});
		const facts = effectiveFacts(city, [call, province, city], taxonomy);
		expect(facts.domains.map((d) => [d.value.name, d.from, d.carriedFrom])).toEqual([
			['农业农村', 'province', 'call'],
			['司法行政领域专项', 'call', null],
		]);
		expect(facts.period?.from).toBe('call');
	});

	test('carries nothing from a call it names that is not in the corpus, or a lower notice', () => {
		expect(effectiveFacts(province, [province], taxonomy)).toEqual(ownFacts(province));
		const lower = noticeRecord({ ...call, id: 'lower', jurisdiction: { level: 'district', name: '某区' }, embeddedIn: 'province' });
		expect(effectiveFacts(noticeRecord({ ...province, forwards: null }), [lower, province], taxonomy).period).toBeNull();
	});

	test('stops at a cycle of notices that forward each other', () => {
		const a = noticeRecord({ id: 'a', title: '甲通知', forwards: { docNumber: null, title: '乙通知' }, period: null });
		const b = noticeRecord({ id: 'b', title: '乙通知', forwards: { docNumber: null, title: '甲通知' }, period: { years: 2 } });
		expect(effectiveFacts(a, [a, b], taxonomy).period).toEqual({ value: { years: 2 }, from: 'b', at: 0 });
	});
});

describe('effectiveRecord', () => {
	test('returns the record with its effective domains, conditions, programmes and period', () => {
		const record = effectiveRecord(province, effectiveFacts(province, [call, province], taxonomy));
		expect(record.domains.map((d) => d.name)).toEqual(['农业农村', '司法行政领域专项']);
		expect(record.conditions).toHaveLength(2);
		expect(record.period).toEqual({ from: 2027, to: 2028 });
		expect(record.quotas).toBe(province.quotas);
	});
});

describe('carriedFrom', () => {
	test('returns the ids of the notices whose facts are carried', () => {
		expect(carriedFrom(effectiveFacts(province, [call, province], taxonomy))).toEqual(['call']);
		expect(carriedFrom(ownFacts(call))).toEqual([]);
	});
});
