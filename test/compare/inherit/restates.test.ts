import { describe, expect, test } from 'vitest';
import { readTaxonomy } from '../../../scripts/lib/read-taxonomy.ts';
import { focusNotRestated, holdsDomain, restatesCondition, restatesDomain, sameProgramme } from '../../../src/compare/inherit/restates.ts';

const taxonomy = readTaxonomy('content/domains');

describe('restatesDomain', () => {
	test.each([
		[[{ name: '高新技术', focus: [], canonical: ['high-tech'] }], { name: '高技术领域', focus: [], canonical: ['high-tech'] }],
		[[{ name: '司法行政', focus: [], canonical: [] }], { name: '司法行政领域专项', focus: [], canonical: [] }],
		[[{ name: '某名领域', focus: [], canonical: ['high-tech'] }], { name: '高新技术领域', focus: [], canonical: ['high-tech'] }],
		[[{ name: '高新技术', focus: [], canonical: ['high-tech'] }, { name: '制造业', focus: [], canonical: ['manufacturing'] }], { name: '科技创新领域、制造业领域', focus: [], canonical: ['high-tech', 'manufacturing'] }],
		[[{ name: '科技创新领域、制造业领域', focus: [], canonical: ['high-tech', 'manufacturing'] }], { name: '制造业', focus: [], canonical: ['manufacturing'] }],
	])('%j restates %j', (own, upper) => {
		expect(restatesDomain(own, upper)).toBe(true);
	});

	test('returns false when a field of the call’s domain is not named', () => {
		expect(restatesDomain([{ name: '民政领域专项', focus: [], canonical: [] }], { name: '司法行政领域专项', focus: [], canonical: [] })).toBe(false);
		expect(restatesDomain([{ name: '服务业', focus: [], canonical: [] }], { name: '服务业', focus: [], canonical: ['services'] })).toBe(false);
		expect(restatesDomain([{ name: '高新技术', focus: [], canonical: ['high-tech'] }], { name: '科技创新领域、制造业领域', focus: [], canonical: ['high-tech', 'manufacturing'] })).toBe(false);
	});
});

describe('holdsDomain', () => {
	test('returns whether the call’s domain names only fields of the notice’s one', () => {
		const joined = { name: '科技创新领域、制造业领域', focus: [], canonical: ['high-tech', 'manufacturing'] };
		const highTech = { name: '高新技术', focus: [], canonical: ['high-tech'] };
		expect(holdsDomain(joined, highTech)).toBe(true);
		expect(holdsDomain(highTech, joined)).toBe(false);
	});
});

describe('focusNotRestated', () => {
	test('returns the call’s items the notice does not name, aliases aside', () => {
		const own = { name: '服务业', focus: ['家政服务'], canonical: ['services'] };
		const upper = { name: '服务业领域', focus: ['养老家政', '文化旅游'], canonical: ['services'] };
		expect(focusNotRestated(own, upper, taxonomy)).toEqual(['文化旅游']);
	});
});

describe('restatesCondition', () => {
	test.each([
		['按照甲委要求，承担单位应具备独立法人资格。', '承担单位应具备独立法人资格。', true],
		['三年内未发生重大质量事故。', '五年内未发生重大质量事故。', true],
		['承担单位应具备独立法人资格。', '已承担过试点项目的单位不能申报。', false],
		['。', '承担单位应具备独立法人资格。', false],
	])('%s restates %s: %s', (own, upper, expected) => {
		expect(restatesCondition(own, upper)).toBe(expected);
	});
});

describe('sameProgramme', () => {
	test('returns true for one name with spacing or marks, false for another', () => {
		expect(sameProgramme('国家标准化试点项目', '《国家标准化 试点项目》')).toBe(true);
		expect(sameProgramme('国家标准化试点项目', '市级标准化试点项目')).toBe(false);
	});
});
