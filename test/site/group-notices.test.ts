import { describe, expect, test } from 'vitest';
import {
	embeddedByCarrier,
	groupByJurisdiction,
	groupByYear,
} from '../../src/lib/notices/group-notices.ts';
import { noticeRecord } from './notice-record.ts';

const national = noticeRecord({
	id: 'national',
	issuedOn: '2026-04-09',
	jurisdiction: { level: 'national', name: '全国' },
	embeddedIn: 'liaoning',
	domains: [{ name: '农业农村领域', focus: ['智慧农业'] }],
});
const liaoning = noticeRecord({
	id: 'liaoning',
	issuedOn: '2026-04-14',
	domains: [
		{ name: '农业农村', focus: [] },
		{ name: '消费品', focus: [] },
	],
});
const liaoningOld = noticeRecord({ id: 'liaoning-old', year: 2025, issuedOn: '2025-03-01' });
const yubei = noticeRecord({
	id: 'yubei',
	year: 2023,
	jurisdiction: { level: 'district', name: '渝北区' },
});
const all = [yubei, liaoningOld, national, liaoning];

describe('groupByJurisdiction', () => {
	test('returns national first, then by level, each newest first', () => {
		const groups = groupByJurisdiction(all);
		expect(groups.map((g) => [g.name, g.level, g.slug, g.notices.map((n) => n.id)])).toEqual([
			['全国', 'national', 'quanguo', ['national']],
			['辽宁省', 'provincial', 'liaoning-sheng', ['liaoning', 'liaoning-old']],
			['渝北区', 'district', 'yubei-qu', ['yubei']],
		]);
	});

	test('keeps places of one name under different parents apart', () => {
		const heping = (id: string, parent: string | null) =>
			noticeRecord({ id, jurisdiction: { level: 'district', name: '和平区', parent } });
		const groups = groupByJurisdiction([heping('a', '沈阳市'), heping('b', '天津市'), heping('c', '沈阳市'), heping('d', null)]);
		expect(groups.map((g) => [g.label, g.parent, g.slug, g.notices.map((n) => n.id)])).toEqual([
			['和平区', null, 'heping-qu', ['d']],
			['沈阳市和平区', '沈阳市', 'shenyang-shi-heping-qu', ['a', 'c']],
			['天津市和平区', '天津市', 'tianjin-shi-heping-qu', ['b']],
		]);
	});
});

describe('groupByYear', () => {
	test('returns the newest year first', () => {
		expect(groupByYear(all).map((g) => [g.year, g.notices.map((n) => n.id)])).toEqual([
			[2026, ['liaoning', 'national']],
			[2025, ['liaoning-old']],
			[2023, ['yubei']],
		]);
	});
});

describe('embeddedByCarrier', () => {
	test('returns the notices a carrier holds', () => {
		expect(embeddedByCarrier(all).get('liaoning')?.map((n) => n.id)).toEqual(['national']);
		expect(embeddedByCarrier(all).get('national')).toBeUndefined();
	});
});
