import { describe, expect, test } from 'vitest';
import { domainNoticeCount, groupByDomain } from '../../src/lib/domains/domain-groups.ts';
import { noticeRecord } from './notice-record.ts';
import { taxonomy } from './taxonomy.ts';

const domain = (name: string) => ({ name, focus: [] });
const national = noticeRecord({
	id: 'national',
	issuedOn: '2026-04-09',
	jurisdiction: { level: 'national', name: '全国' },
	domains: [domain('农业农村领域'), domain('高新技术领域')],
});
const tianjin = noticeRecord({
	id: 'tianjin',
	issuedOn: '2025-05-19',
	domains: [domain('智慧农业领域'), domain('高技术领域')],
});
const shanghai = noticeRecord({
	id: 'shanghai',
	issuedOn: '2023-03-29',
	domains: [domain('科技创新领域、制造业领域'), domain('长三角一体化领域'), domain('农业')],
});
const all = [shanghai, tianjin, national];
const summary = (groups: ReturnType<typeof groupByDomain>) =>
	groups.map((g) => [g.name, g.slug, g.canonical]);

describe('groupByDomain', () => {
	test('returns canonical domains in pinyin order, then names outside the taxonomy', () => {
		expect(summary(groupByDomain(all, taxonomy))).toEqual([
			['高新技术', 'high-tech', true],
			['农业农村', 'agriculture', true],
			['制造业', 'manufacturing', true],
			['长三角一体化', 'changsanjiaoyitihua', false],
		]);
	});

	test('gathers the names a domain goes by, newest notice first, keeping wording and index', () => {
		const [highTech, agriculture] = groupByDomain(all, taxonomy);
		expect(highTech?.mentions.map((m) => [m.notice.id, m.domain.name, m.index])).toEqual([
			['national', '高新技术领域', 1],
			['tianjin', '高技术领域', 1],
			['shanghai', '科技创新领域、制造业领域', 0],
		]);
		expect(agriculture?.mentions.map((m) => m.domain.name)).toEqual([
			'农业农村领域',
			'智慧农业领域',
			'农业',
		]);
	});

	test('lists a joined name under each of its fields', () => {
		const manufacturing = groupByDomain(all, taxonomy).find((g) => g.key === 'manufacturing');
		expect(manufacturing?.mentions.map((m) => [m.notice.id, m.domain.name, m.index])).toEqual([['shanghai', '科技创新领域、制造业领域', 0]]);
	});

	test('lists a domain under the canonical ids ingest wrote, not its name', () => {
		const moved = noticeRecord({ id: 'moved', domains: [{ name: '科技创新领域、制造业领域', focus: [], canonical: ['manufacturing'] }] });
		expect(groupByDomain([moved], taxonomy).map((g) => g.key)).toEqual(['manufacturing']);
	});

	test('returns no groups without domains', () => {
		expect(groupByDomain([noticeRecord({ id: 'empty' })], taxonomy)).toEqual([]);
	});

	test('throws when a bare name would take a taxonomy id as its slug', () => {
		const clash = [{ id: 'shanghai-shi', name: '某领域', aliases: [], focus: [] }, ...taxonomy];
		const record = noticeRecord({ id: 'a', domains: [domain('上海市领域')] });
		expect(() => groupByDomain([record], clash)).toThrow(
			'Cannot give `上海市` the slug `shanghai-shi`, expected one no taxonomy id uses',
		);
	});
});

describe('domainNoticeCount', () => {
	test('counts a notice naming one domain twice once', () => {
		const [agriculture] = groupByDomain(
			[noticeRecord({ id: 'a', domains: [domain('农业'), domain('智慧农业')] })],
			taxonomy,
		);
		expect(agriculture?.mentions).toHaveLength(2);
		expect(agriculture && domainNoticeCount(agriculture)).toBe(1);
	});
});
