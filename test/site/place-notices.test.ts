import { describe, expect, test } from 'vitest';
import { placeNotices } from '../../src/lib/place-notices.ts';
import { noticeRecord } from './notice-record.ts';

const national = noticeRecord({ id: 'n', jurisdiction: { level: 'national', name: '全国' } });
const city = noticeRecord({ id: 'c', jurisdiction: { level: 'municipal', name: '重庆市' } });
const district = noticeRecord({ id: 'd', jurisdiction: { level: 'district', name: '渝北区', parent: '重庆市' } });
const town = noticeRecord({ id: 't', jurisdiction: { level: 'district', name: '某街道', parent: '渝北区' } });
const other = noticeRecord({ id: 'o', jurisdiction: { level: 'provincial', name: '辽宁省' } });
const all = [national, city, district, town, other];

describe('placeNotices', () => {
	test('returns the place and every place whose parents lead to it', () => {
		expect(placeNotices('重庆市', all).map((r) => r.id)).toEqual(['c', 'd', 't']);
		expect(placeNotices('渝北区', all).map((r) => r.id)).toEqual(['d', 't']);
		expect(placeNotices('辽宁省', all).map((r) => r.id)).toEqual(['o']);
	});

	test('returns every notice for the national level', () => {
		expect(placeNotices('全国', all)).toHaveLength(5);
	});

	test('ends on a cycle of parents instead of looping', () => {
		const a = noticeRecord({ id: 'a', jurisdiction: { level: 'district', name: '甲', parent: '乙' } });
		const b = noticeRecord({ id: 'b', jurisdiction: { level: 'district', name: '乙', parent: '甲' } });
		expect(placeNotices('丙', [a, b])).toEqual([]);
		expect(placeNotices('甲', [a, b]).map((r) => r.id)).toEqual(['a', 'b']);
	});
});
