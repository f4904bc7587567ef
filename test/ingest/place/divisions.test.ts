import { describe, expect, test } from 'vitest';
import { PROVINCE_NAMES, placePath, placesNamed, shortName } from '../../../src/ingest/place/divisions.ts';

const names = (name: string) => placesNamed(name).map(({ place, short }) => ({ path: placePath(place).map((p) => p.name), level: place.level, short }));

describe('placesNamed', () => {
	test('finds a district under its city and province', () => {
		expect(names('和平区')).toEqual([
			{ path: ['天津市', '和平区'], level: 'district', short: false },
			{ path: ['辽宁省', '沈阳市', '和平区'], level: 'district', short: false },
		]);
	});
	test('gives all four 鼓楼区 apart by their cities', () => {
		expect(names('鼓楼区').map((n) => n.path[1])).toEqual(['南京市', '徐州市', '福州市', '开封市']);
	});
	test('puts a 直辖市 district and a directly governed county-level city under the province', () => {
		expect(names('渝北区')).toEqual([{ path: ['重庆市', '渝北区'], level: 'district', short: false }]);
		expect(names('仙桃市')).toEqual([{ path: ['湖北省', '仙桃市'], level: 'district', short: false }]);
	});
	test('files a county-level city under its prefecture', () => {
		expect(names('昆山市')).toEqual([{ path: ['江苏省', '苏州市', '昆山市'], level: 'district', short: false }]);
	});
	test('knows the short forms of provinces and cities, not of counties', () => {
		expect(names('江苏')).toEqual([{ path: ['江苏省'], level: 'provincial', short: true }]);
		expect(names('南通')).toEqual([{ path: ['江苏省', '南通市'], level: 'municipal', short: true }]);
		expect(names('渝北')).toEqual([]);
	});
	test('knows an autonomous prefecture by the name its bodies use', () => {
		expect(names('延边州')).toEqual([{ path: ['吉林省', '延边朝鲜族自治州'], level: 'municipal', short: false }]);
		expect(names('红河州').map((n) => n.path[1])).toEqual(['红河哈尼族彝族自治州']);
		expect(names('博尔塔拉州').map((n) => n.path[1])).toEqual(['博尔塔拉蒙古自治州']);
		expect(names('海南州').map((n) => n.path)).toEqual([['青海省', '海南藏族自治州']]);
	});
	test('knows nothing of a made-up name', () => {
		expect(names('某某市')).toEqual([]);
	});
});

describe('shortName', () => {
	test.each([
		['辽宁省', '辽宁'],
		['广西壮族自治区', '广西'],
		['内蒙古自治区', '内蒙古'],
		['南通市', '南通'],
		['沙市', null],
		['延边朝鲜族自治州', null],
	])('shortens %s to %s', (name, short) => {
		expect(shortName(name)).toBe(short);
	});
});

describe('PROVINCE_NAMES', () => {
	test('holds the 34 provincial-level divisions and 新疆生产建设兵团', () => {
		expect(PROVINCE_NAMES).toHaveLength(35);
		expect(PROVINCE_NAMES).toEqual(expect.arrayContaining(['北京市', '重庆市', '新疆维吾尔自治区', '台湾省', '香港特别行政区', '新疆生产建设兵团']));
	});
});
