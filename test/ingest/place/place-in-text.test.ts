import { describe, expect, test } from 'vitest';
import { placeInText } from '../../../src/ingest/place/place-in-text.ts';

describe('placeInText', () => {
	test('reads a call addressed to every province as national', () => {
		expect(placeInText('各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门：')).toEqual({ level: 'national', name: '全国', parent: null });
		expect(placeInText('各省（区、市）市场监管局：请江苏省等地报送。')?.level).toBe('national');
	});
	test('reads a city speaking to its districts as that city', () => {
		const text = '各区市场监管局、各有关单位：依据《广州市标准化专项资金管理办法》和《广东省标准化条例》，现组织广州市企业申报。';
		expect(placeInText(text)).toEqual({ level: 'municipal', name: '广州市', parent: '广东省' });
	});
	test('reads 全市 and the city named in an address as that city, not the province it cites', () => {
		const text = '根据《广东省实施标准化战略专项资金管理细则》，我局组织全市有关单位申报。受理地址：珠海市香洲区某路1号。';
		expect(placeInText(text)).toEqual({ level: 'municipal', name: '珠海市', parent: '广东省' });
	});
	test('reads a province that also says 全市 more often in its own voice as the province', () => {
		expect(placeInText('各市市场监管局：全省各地要组织全市企业，我省将对南京市、苏州市和江苏省企业给予支持。')?.name).toBe('江苏省');
	});
	test('takes the province named most, else the first named', () => {
		expect(placeInText('各市市场监管局：为落实江苏省标准化条例，推动江苏省企业，参照浙江省做法。')).toEqual({ level: 'provincial', name: '江苏省', parent: null });
		expect(placeInText('我省企业学习安徽省、江西省经验。')?.name).toBe('安徽省');
	});
	test('returns null for a text that names no place', () => {
		expect(placeInText('各有关单位：请于5月1日前报送。')).toBeNull();
	});
});
