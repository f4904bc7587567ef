/**
 * Places a synthetic notice can be issued for, by level: real province, city and district names
 * (data, not logic), so generated notices read like real ones and the parser finds their place.
 */
import type { Level } from '../../../src/schemas/notice.ts';

/** A place and how texts shorten it (辽宁省 → 辽宁). */
export interface Place {
	name: string;
	short: string;
}

const provinces = ['河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '北京市', '天津市', '上海市', '重庆市'];
const cities = ['石家庄市', '太原市', '沈阳市', '大连市', '长春市', '哈尔滨市', '南京市', '苏州市', '无锡市', '杭州市', '宁波市', '温州市', '合肥市', '福州市', '厦门市', '南昌市', '济南市', '青岛市', '郑州市', '洛阳市', '武汉市', '宜昌市', '长沙市', '株洲市', '广州市', '深圳市', '佛山市', '东莞市', '海口市', '成都市', '绵阳市', '贵阳市', '昆明市', '西安市', '兰州市', '西宁市'];
const districts = ['渝北区', '江北区', '南岸区', '九龙坡区', '沙坪坝区', '浦东新区', '闵行区', '嘉定区', '松江区', '海淀区', '朝阳区', '丰台区', '滨海新区', '西青区', '天河区', '南山区', '福田区', '鼓楼区', '江宁区', '西湖区', '余杭区', '武侯区', '高新区', '雁塔区', '历下区', '市南区', '思明区', '岳麓区', '洪山区', '金水区'];

/** Drop the administrative ending a text often leaves out: 辽宁省 → 辽宁, 渝北区 → 渝北. */
function shorten(name: string): string {
	const short = name.replace(/(?:省|市|新区|区)$/u, '');
	return short.length >= 2 ? short : name;
}

const asPlaces = (names: readonly string[]): Place[] => names.map((name) => ({ name, short: shorten(name) }));

/** Places by level; national notices keep 全国. */
export const PLACES: Record<Exclude<Level, 'national'>, Place[]> = {
	provincial: asPlaces(provinces),
	municipal: asPlaces(cities),
	district: asPlaces(districts),
};
