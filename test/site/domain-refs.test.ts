import { describe, expect, test } from 'vitest';
import { domainRefs } from '../../src/lib/domains/domain-refs.ts';
import { taxonomy } from './taxonomy.ts';

const keys = (name: string) => domainRefs(name, taxonomy).map((ref) => [ref.key, ref.name]);

describe('domainRefs', () => {
	test('returns the canonical domain of a name or alias', () => {
		expect(keys('农业农村领域')).toEqual([['agriculture', '农业农村']]);
		expect(keys('高技术领域')).toEqual([['high-tech', '高新技术']]);
	});

	test('returns one domain per part of a joined name', () => {
		expect(keys('科技创新领域、制造业领域')).toEqual([
			['high-tech', '高新技术'],
			['manufacturing', '制造业'],
		]);
	});

	test('keeps a part the taxonomy does not hold by its bare name', () => {
		expect(keys('科技创新领域、长三角一体化领域')).toEqual([
			['high-tech', '高新技术'],
			['~长三角一体化', '长三角一体化'],
		]);
	});

	test('returns a domain once when two parts match it', () => {
		expect(keys('农业、智慧农业领域')).toEqual([['agriculture', '农业农村']]);
	});

	test('matches a name ending in 标准化 before its 领域', () => {
		expect(keys('国际标准化领域')).toEqual([['international', '国际标准化']]);
	});

	test('returns nothing for an empty name', () => {
		expect(keys('、')).toEqual([]);
	});
});
