import { describe, expect, test } from 'vitest';
import { domainKeys, pairDomains } from '../../../src/compare/facets/domain-units.ts';
import { compareDomains } from '../../../src/compare/facets/domains.ts';
import { readTaxonomy } from '../../../src/compare/read-taxonomy.ts';

const taxonomy = readTaxonomy('content/domains');
const d = (name: string, focus: string[] = []) => ({ name, focus });

describe('domainKeys', () => {
	test('returns one key per field a joined name names', () => {
		expect(domainKeys('生态绿色领域、长三角一体化领域', taxonomy)).toEqual(['ecology', '~长三角一体化']);
	});
});

describe('pairDomains', () => {
	test('pairs a joined domain with each domain it names', () => {
		expect(pairDomains(['科技创新领域、制造业领域'], ['制造业', '消费品', '高新技术'], taxonomy)).toEqual([
			{ a: 0, b: 0, key: 'manufacturing' },
			{ a: 0, b: 2, key: 'high-tech' },
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

	test('tells a joined domain dropped focus items once', () => {
		const a = d('科技创新领域、制造业领域', ['氢能', '工业互联网']);
		const changes = compareDomains([a], [d('高新技术', ['氢能']), d('制造业', [])], taxonomy);
		expect(changes.map((c) => [c.status, c.canonical?.id, c.focus])).toEqual([
			['changed', 'high-tech', { added: [], removed: ['工业互联网'], kept: ['氢能'] }],
			['kept', 'manufacturing', { added: [], removed: [], kept: [] }],
		]);
	});
});
