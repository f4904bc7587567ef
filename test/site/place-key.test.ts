import { describe, expect, test } from 'vitest';
import { placeKey, placeLabel, placeSlugs } from '../../src/lib/places/place-key.ts';

describe('placeKey', () => {
	test('returns the parent and name, or the name alone', () => {
		expect(placeKey({ name: '和平区', parent: '沈阳市' })).toBe('沈阳市 和平区');
		expect(placeKey({ name: '辽宁省', parent: null })).toBe('辽宁省');
	});
});

describe('placeLabel', () => {
	test('writes the place out with its parent', () => {
		expect(placeLabel({ name: '渝北区', parent: '重庆市' })).toBe('重庆市渝北区');
		expect(placeLabel({ name: '全国', parent: null })).toBe('全国');
	});
});

describe('placeSlugs', () => {
	test('gives places of one name under different parents their own slugs', () => {
		const slugs = placeSlugs([
			{ name: '和平区', parent: '天津市' },
			{ name: '和平区', parent: '沈阳市' },
			{ name: '和平区', parent: '沈阳市' },
			{ name: '辽宁省', parent: null },
		]);
		expect(Object.fromEntries(slugs)).toEqual({
			'天津市 和平区': 'tianjin-shi-heping-qu',
			'沈阳市 和平区': 'shenyang-shi-heping-qu',
			辽宁省: 'liaoning-sheng',
		});
	});
	test('tells homophones apart by tone in any part of the path', () => {
		const slugs = placeSlugs([
			{ name: '富阳区', parent: '杭州市' },
			{ name: '阜阳市', parent: '安徽省' },
			{ name: '某区', parent: '山西省' },
			{ name: '某区', parent: '陕西省' },
		]);
		expect(slugs.get('山西省 某区')).toBe('shan1xi1-sheng3-mou3-qu1');
		expect(slugs.get('陕西省 某区')).toBe('shan3xi1-sheng3-mou3-qu1');
		expect(slugs.get('杭州市 富阳区')).toBe('hangzhou-shi-fuyang-qu');
	});
});
