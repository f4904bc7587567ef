import { describe, expect, test } from 'vitest';
import { placesNamed } from '../../../src/ingest/place/divisions.ts';
import { tellApart } from '../../../src/ingest/place/tell-apart.ts';

const heping = placesNamed('和平区').map(({ place }) => place);
const cities = (text: string) => tellApart(heping, text).map((place) => place.parent?.name);

describe('tellApart', () => {
	test('keeps the place whose city the text names', () => {
		expect(cities('地址：沈阳市和平区南京北街1号。')).toEqual(['沈阳市']);
		expect(cities('请各街道于5月1日前报送区局。联系地址：天津市和平区某路2号。')).toEqual(['天津市']);
	});
	test('takes a short form and a province as naming the place', () => {
		expect(cities('全力推进沈阳振兴。')).toEqual(['沈阳市']);
		expect(cities('辽宁省标准化条例。')).toEqual(['沈阳市']);
	});
	test('keeps both when the text names both cities, and none when it names neither', () => {
		expect(cities('天津市与沈阳市的企业。')).toEqual(['天津市', '沈阳市']);
		expect(cities('各有关单位：请于5月1日前报送。')).toEqual([]);
	});
});
