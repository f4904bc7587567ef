import { describe, expect, test } from 'vitest';
import { domainKey, pairDomains } from '../../../src/compare/facets/domain-units.ts';
import { compareDomains } from '../../../src/compare/facets/domains.ts';
import { domain as d, taxonomy } from '../../helpers/record-facts.ts';

describe('domainKey', () => {
	test('returns the canonical id ingest wrote, else the bare name', () => {
		expect(domainKey({ name: '科技创新领域', focus: [], canonical: 'high-tech' })).toBe('high-tech');
		expect(domainKey({ name: '长三角一体化领域', focus: [], canonical: null })).toBe('~长三角一体化');
	});

	test('reads no names: a domain without a canonical id keys by its own name', () => {
		expect(domainKey({ name: '高技术领域', focus: [], canonical: null })).toBe('~高技术');
	});
});

describe('pairDomains', () => {
	test('pairs domains by canonical id, one to one, whatever their names', () => {
		expect(pairDomains([d('高技术领域'), d('长三角一体化')], [d('消费品'), d('科技创新领域'), d('长三角一体化领域')])).toEqual([
			{ a: 0, b: 1, key: 'high-tech' },
			{ a: 1, b: 2, key: '~长三角一体化' },
		]);
	});
});

describe('compareDomains', () => {
	test('keeps a domain named another way, with focus items through their aliases', () => {
		const a = d('现代服务业领域', ['家政服务', '文旅']);
		const b = d('服务业', ['文化旅游', '养老家政']);
		expect(compareDomains([a], [b], taxonomy)).toEqual([
			{
				status: 'kept',
				a,
				b,
				substantive: false,
				canonical: { id: 'services', name: '服务业' },
				focus: { added: [], removed: [], kept: ['文化旅游', '养老家政'] },
			},
		]);
	});

	test('returns a kept domain whose focus changed as a substantive change', () => {
		const [change] = compareDomains([d('高技术领域', ['人工智能', '氢能'])], [d('高新技术领域', ['AI', '机器人'])], taxonomy);
		expect(change).toMatchObject({
			status: 'changed',
			substantive: true,
			focus: { added: ['机器人'], removed: ['氢能'], kept: ['AI'] },
		});
	});

	test('returns added and removed domains with their focus and canonical entry', () => {
		const changes = compareDomains([d('碳排放领域', ['碳足迹'])], [d('消费品领域', ['家电家具'])], taxonomy);
		expect(changes.map((c) => [c.status, c.canonical?.name, c.focus])).toEqual([
			['added', '消费品', { added: ['家电家具'], removed: [], kept: [] }],
			['removed', '碳达峰碳中和', { added: [], removed: ['碳足迹'], kept: [] }],
		]);
	});

	test('returns a null canonical entry for a domain outside the taxonomy', () => {
		expect(compareDomains([], [d('长三角一体化领域')], taxonomy)[0]?.canonical).toBe(null);
	});
});
