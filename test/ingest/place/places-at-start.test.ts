import { describe, expect, test } from 'vitest';
import { placePath } from '../../../src/ingest/place/divisions.ts';
import { placesAtStart } from '../../../src/ingest/place/places-at-start.ts';

const paths = (text: string) => placesAtStart(text).map(({ place, end }) => [placePath(place).map((p) => p.name).join('/'), end]);

describe('placesAtStart', () => {
	test.each([
		['辽宁省沈阳市和平区市场监督管理局', [['辽宁省/沈阳市/和平区', 9]]],
		['沈阳市和平区市场监督管理局', [['辽宁省/沈阳市/和平区', 6]]],
		['天津市和平区科学技术局', [['天津市/和平区', 6]]],
		['沈阳市市场监督管理局', [['辽宁省/沈阳市', 3]]],
		['江苏南通市场监督管理局', [['江苏省/南通市', 5]]],
		['江苏南通标准化协会', [['江苏省/南通市', 4]]],
		['滨海新区市场监督管理局', [['天津市/滨海新区', 4]]],
		['浙江省义乌市市场监督管理局', [['浙江省/金华市/义乌市', 6]]],
		['吉林省吉林市市场监督管理局', [['吉林省/吉林市', 6]]],
	])('reads %s', (text, expected) => {
		expect(paths(text)).toEqual(expected);
	});
	test('keeps every place of a shared name that nothing before it tells apart', () => {
		expect(paths('和平区市场监督管理局')).toEqual([['天津市/和平区', 3], ['辽宁省/沈阳市/和平区', 3]]);
		expect(paths('江苏省鼓楼区教育局')).toEqual([['江苏省/南京市/鼓楼区', 6], ['江苏省/徐州市/鼓楼区', 6]]);
	});
	test('does not take a city short form first, where it would be any word', () => {
		expect(paths('南通大学科技处')).toEqual([]);
	});
	test('does not read a word after a place as a place outside it', () => {
		expect(paths('江苏省市场监督管理局')).toEqual([['江苏省', 3]]);
		expect(paths('上海市浦东新区')).toEqual([['上海市/浦东新区', 7]]);
	});
	test('finds nothing in a name that starts with no place', () => {
		expect(paths('国家标准化管理委员会')).toEqual([]);
		expect(paths('某某省市场监督管理局')).toEqual([]);
	});
});
