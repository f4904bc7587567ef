import { describe, expect, test } from 'vitest';
import { placeNotices } from '../../src/lib/places/place-notices.ts';
import { noticeRecord } from './notice-record.ts';

const national = noticeRecord({ id: 'n', jurisdiction: { level: 'national', name: '全国' } });
const city = noticeRecord({ id: 'c', jurisdiction: { level: 'provincial', name: '重庆市' } });
const district = noticeRecord({ id: 'd', jurisdiction: { level: 'district', name: '渝北区', parent: '重庆市' } });
const town = noticeRecord({ id: 't', jurisdiction: { level: 'district', name: '某街道', parent: '渝北区' } });
const other = noticeRecord({ id: 'o', jurisdiction: { level: 'provincial', name: '辽宁省' } });
const all = [national, city, district, town, other];

describe('placeNotices', () => {
	test('returns the place and every place whose parents lead to it', () => {
		expect(placeNotices(city.jurisdiction, all).map((r) => r.id)).toEqual(['c', 'd', 't']);
		expect(placeNotices(district.jurisdiction, all).map((r) => r.id)).toEqual(['d', 't']);
		expect(placeNotices(other.jurisdiction, all).map((r) => r.id)).toEqual(['o']);
	});

	test('returns every notice for the national level', () => {
		expect(placeNotices(national.jurisdiction, all)).toHaveLength(5);
	});

	test('tells two districts of one name apart by their parent', () => {
		const tianjin = noticeRecord({ id: 'tj', jurisdiction: { level: 'district', name: '和平区', parent: '天津市' } });
		const shenyang = noticeRecord({ id: 'sy', jurisdiction: { level: 'district', name: '和平区', parent: '沈阳市' } });
		expect(placeNotices(tianjin.jurisdiction, [tianjin, shenyang]).map((r) => r.id)).toEqual(['tj']);
		expect(placeNotices({ level: 'municipal', name: '沈阳市', parent: '辽宁省' }, [tianjin, shenyang]).map((r) => r.id)).toEqual(['sy']);
	});

	test('ends on a cycle of parents instead of looping', () => {
		const a = noticeRecord({ id: 'a', jurisdiction: { level: 'district', name: '甲', parent: '乙' } });
		const b = noticeRecord({ id: 'b', jurisdiction: { level: 'district', name: '乙', parent: '甲' } });
		expect(placeNotices({ level: 'district', name: '丙', parent: null }, [a, b])).toEqual([]);
		expect(placeNotices({ level: 'district', name: '甲', parent: null }, [a, b]).map((r) => r.id)).toEqual(['a', 'b']);
	});

	test('answers for the list it is given, not one it was given before', () => {
		expect(placeNotices(city.jurisdiction, all).map((r) => r.id)).toEqual(['c', 'd', 't']);
		expect(placeNotices(city.jurisdiction, [town, city, district]).map((r) => r.id)).toEqual(['t', 'c', 'd']);
		// Without 渝北区's own notice, nothing says 渝北区 is in 重庆市.
		expect(placeNotices(city.jurisdiction, [town, city]).map((r) => r.id)).toEqual(['c']);
		expect(placeNotices(city.jurisdiction, [district, other]).map((r) => r.id)).toEqual(['d']);
	});
});
