import { describe, expect, test } from 'vitest';
import { assignSlugs, toSlug } from '../../src/format/slug.ts';

describe('toSlug', () => {
	test('splits a province suffix off its name', () => {
		expect(toSlug('辽宁省')).toBe('liaoning-sheng');
	});

	test('splits city, district and autonomous-region suffixes', () => {
		expect(toSlug('上海市')).toBe('shanghai-shi');
		expect(toSlug('渝北区')).toBe('yubei-qu');
		expect(toSlug('内蒙古自治区')).toBe('neimenggu-zizhiqu');
		expect(toSlug('浦东新区')).toBe('pudong-xinqu');
	});

	test('keeps a name that is only a suffix whole', () => {
		expect(toSlug('市')).toBe('shi');
	});

	test('writes a name without suffix as one word', () => {
		expect(toSlug('全国')).toBe('quanguo');
		expect(toSlug('农业农村')).toBe('nongyenongcun');
	});

	test('reads polyphonic characters in context', () => {
		expect(toSlug('重庆市')).toBe('chongqing-shi');
		expect(toSlug('厦门市')).toBe('xiamen-shi');
		expect(toSlug('长沙市')).toBe('changsha-shi');
	});

	test('writes ü as v', () => {
		expect(toSlug('绿色低碳')).toBe('lvseditan');
	});

	test('breaks words at punctuation and spaces', () => {
		expect(toSlug('科技创新、制造业')).toBe('kejichuangxin-zhizaoye');
		expect(toSlug('高端装备（数控机床）')).toBe('gaoduanzhuangbei-shukongjichuang');
		expect(toSlug(' 服务 业 ')).toBe('fuwu-ye');
	});

	test('keeps Latin letters and digits, full-width ones too', () => {
		expect(toSlug('5G应用')).toBe('5g-yingyong');
		expect(toSlug('ＡＩ')).toBe('ai');
	});

	test('throws on a name without letters', () => {
		expect(() => toSlug('、（）')).toThrow('Cannot slug `、（）`');
	});
});

describe('assignSlugs', () => {
	test('returns each distinct name with its slug', () => {
		expect(assignSlugs(['辽宁省', '全国', '辽宁省'])).toEqual(
			new Map([
				['辽宁省', 'liaoning-sheng'],
				['全国', 'quanguo'],
			]),
		);
	});

	test('tells homophones apart by tone, then by number, whatever the order', () => {
		expect(assignSlugs(['阜阳区', '富阳区', '辽宁省'])).toEqual(
			new Map([
				['富阳区', 'fu4yang2-qu1'],
				['阜阳区', 'fu4yang2-qu1-2'],
				['辽宁省', 'liaoning-sheng'],
			]),
		);
		expect(assignSlugs(['陕西省', '山西省'])).toEqual(new Map([['山西省', 'shan1xi1-sheng3'], ['陕西省', 'shan3xi1-sheng3']]));
		expect(assignSlugs(['山西省', '陕西省'])).toEqual(assignSlugs(['陕西省', '山西省']));
	});
});
