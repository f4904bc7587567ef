import { describe, expect, test } from 'vitest';
import { domainFields, domainKey, pairDomains } from '../../../src/compare/facets/domain-units.ts';
import { compareDomains } from '../../../src/compare/facets/domains.ts';
import { domain as d, taxonomy } from '../../helpers/record-facts.ts';

describe('domainFields', () => {
	test('returns the canonical ids ingest wrote, in their order, else the bare name', () => {
		expect(domainFields({ name: '科技创新领域、制造业领域', focus: [], canonical: ['high-tech', 'manufacturing'] })).toEqual(['high-tech', 'manufacturing']);
		expect(domainFields({ name: '长三角一体化领域', focus: [], canonical: [] })).toEqual(['~长三角一体化']);
	});
});

describe('domainKey', () => {
	test('returns the canonical id ingest wrote, else the bare name', () => {
		expect(domainKey({ name: '科技创新领域', focus: [], canonical: ['high-tech'] })).toBe('high-tech');
		expect(domainKey({ name: '长三角一体化领域', focus: [], canonical: [] })).toBe('~长三角一体化');
	});

	test('returns one key for the same fields in any order', () => {
		expect(domainKey({ name: '制造业领域、科技创新领域', focus: [], canonical: ['manufacturing', 'high-tech'] })).toBe('high-tech+manufacturing');
		expect(domainKey({ name: '科技创新领域、制造业领域', focus: [], canonical: ['high-tech', 'manufacturing'] })).toBe('high-tech+manufacturing');
	});

	test('reads no names: a domain without a canonical id keys by its own name', () => {
		expect(domainKey({ name: '高技术领域', focus: [], canonical: [] })).toBe('~高技术');
	});
});

describe('pairDomains', () => {
	test('pairs domains by canonical id, one to one, whatever their names', () => {
		expect(pairDomains([d('高技术领域'), d('长三角一体化')], [d('消费品'), d('科技创新领域'), d('长三角一体化领域')])).toEqual([
			{ a: 0, b: 1, fields: ['high-tech'] },
			{ a: 1, b: 2, fields: ['~长三角一体化'] },
		]);
	});

	test('pairs a joined item with one naming the same fields, in any order', () => {
		expect(pairDomains([d('科技创新领域、制造业领域')], [d('制造业、高新技术')])).toEqual([{ a: 0, b: 0, fields: ['manufacturing', 'high-tech'] }]);
	});

	test('pairs a joined item with each separate item naming one of its fields', () => {
		expect(pairDomains([d('科技创新领域、制造业领域')], [d('消费品'), d('高新技术'), d('制造业')])).toEqual([
			{ a: 0, b: 1, fields: ['high-tech'] },
			{ a: 0, b: 2, fields: ['manufacturing'] },
		]);
		expect(pairDomains([d('高技术领域'), d('先进制造业领域')], [d('科技创新领域、制造业领域')])).toEqual([
			{ a: 0, b: 0, fields: ['high-tech'] },
			{ a: 1, b: 0, fields: ['manufacturing'] },
		]);
	});

	test('pairs two joined items sharing some fields once, with the fields they share', () => {
		expect(pairDomains([d('科技创新领域、制造业领域')], [d('高新技术、制造业、碳达峰碳中和领域')])).toEqual([{ a: 0, b: 0, fields: ['high-tech', 'manufacturing'] }]);
	});

	test('pairs the same fields first, so a joined item on both sides stays one pair', () => {
		const edges = pairDomains([d('高新技术'), d('科技创新领域、制造业领域')], [d('科技创新领域、制造业领域'), d('高技术领域')]);
		expect(edges).toEqual([
			{ a: 1, b: 0, fields: ['high-tech', 'manufacturing'] },
			{ a: 0, b: 1, fields: ['high-tech'] },
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
				canonical: [{ id: 'services', name: '服务业' }],
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
		expect(changes.map((c) => [c.status, c.canonical.map((e) => e.name), c.focus])).toEqual([
			['added', ['消费品'], { added: ['家电家具'], removed: [], kept: [] }],
			['removed', ['碳达峰碳中和'], { added: [], removed: ['碳足迹'], kept: [] }],
		]);
	});

	test('returns both entries of a joined item added', () => {
		const [change] = compareDomains([], [d('科技创新领域、制造业领域', ['氢能'])], taxonomy);
		expect(change?.canonical).toEqual([
			{ id: 'high-tech', name: '高新技术' },
			{ id: 'manufacturing', name: '制造业' },
		]);
	});

	test('keeps the fields of a joined item the other notice lists apart, its focus met by both', () => {
		const joined = d('科技创新领域、制造业领域', ['人工智能', '工业互联网', '氢能']);
		const highTech = d('高新技术', ['AI']);
		const manufacturing = d('制造业', ['工业互联网']);
		const changes = compareDomains([joined], [highTech, manufacturing], taxonomy);
		expect(changes.map((c) => [c.status, c.a?.name, c.b?.name, c.canonical.map((e) => e.id), c.focus])).toEqual([
			['changed', '科技创新领域、制造业领域', '高新技术', ['high-tech'], { added: [], removed: ['氢能'], kept: ['AI'] }],
			['kept', '科技创新领域、制造业领域', '制造业', ['manufacturing'], { added: [], removed: [], kept: ['工业互联网'] }],
		]);
	});

	test('returns no canonical entries for a domain outside the taxonomy', () => {
		expect(compareDomains([], [d('长三角一体化领域')], taxonomy)[0]?.canonical).toEqual([]);
	});
});
