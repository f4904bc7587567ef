import { describe, expect, test } from 'vitest';
import { readTaxonomy } from '../../../scripts/lib/read-taxonomy.ts';
import { domainIdentity, focusNotRestated, restatesCondition, sameProgramme } from '../../../src/compare/inherit/restates.ts';

const taxonomy = readTaxonomy('content/domains');

describe('domainIdentity', () => {
	test.each([
		[{ name: '高技术领域', focus: [], canonical: 'high-tech' }, { name: '高新技术', focus: [], canonical: 'high-tech' }],
		[{ name: '司法行政领域专项', focus: [], canonical: null }, { name: '司法行政', focus: [], canonical: null }],
		[{ name: '某名领域', focus: [], canonical: 'high-tech' }, { name: '高新技术领域', focus: [], canonical: 'high-tech' }],
	])('meets %j with %j', (a, b) => {
		expect(domainIdentity(a)).toBe(domainIdentity(b));
	});

	test('tells different domains apart', () => {
		expect(domainIdentity({ name: '民政领域专项', focus: [], canonical: null })).not.toBe(
			domainIdentity({ name: '司法行政领域专项', focus: [], canonical: null }),
		);
		expect(domainIdentity({ name: '服务业', focus: [], canonical: 'services' })).not.toBe(
			domainIdentity({ name: '服务业', focus: [], canonical: null }),
		);
	});
});

describe('focusNotRestated', () => {
	test('returns the call’s items the notice does not name, aliases aside', () => {
		const own = { name: '服务业', focus: ['家政服务'], canonical: 'services' };
		const upper = { name: '服务业领域', focus: ['养老家政', '文化旅游'], canonical: 'services' };
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
