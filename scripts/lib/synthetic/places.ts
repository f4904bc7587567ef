/**
 * Places a synthetic notice can be issued for, by level. Real names first (every mainland
 * province; well-known cities and districts), then made-up two-character names ending in 市 or
 * 区 from common place-name characters, so a corpus of 10,000 notices has a realistic spread:
 * hundreds of cities and districts, each with about one notice a year.
 */
import { PROVINCES } from '../../../src/ingest/extract/jurisdiction.ts';
import type { Level } from '../../../src/schemas/notice.ts';

/** A place and how texts shorten it (辽宁省 → 辽宁). */
export interface Place {
	name: string;
	short: string;
}

const NOT_MAINLAND = ['台湾省', '香港特别行政区', '澳门特别行政区', '新疆生产建设兵团'];
const REAL_CITIES = ['石家庄市', '太原市', '沈阳市', '大连市', '长春市', '哈尔滨市', '南京市', '苏州市', '无锡市', '杭州市', '宁波市', '温州市', '合肥市', '福州市', '厦门市', '南昌市', '济南市', '青岛市', '郑州市', '洛阳市', '武汉市', '宜昌市', '长沙市', '株洲市', '广州市', '深圳市', '佛山市', '东莞市', '海口市', '成都市', '绵阳市', '贵阳市', '昆明市', '西安市', '兰州市', '西宁市'];
const REAL_DISTRICTS = ['渝北区', '江北区', '南岸区', '九龙坡区', '沙坪坝区', '浦东新区', '闵行区', '嘉定区', '松江区', '海淀区', '朝阳区', '丰台区', '滨海新区', '西青区', '天河区', '南山区', '福田区', '鼓楼区', '江宁区', '西湖区', '余杭区', '武侯区', '雁塔区', '历下区', '市南区', '思明区', '岳麓区', '洪山区', '金水区'];
// Characters common in Chinese place names; pairs of them make plausible names (安宁, 泰和).
const SYLLABLES = [...'安宁平阳山江河海城林泉兴华昌德丰源清远明新定嘉永康泰和乐吉庆云武文长东西南北中金石湖桥州'];

/** Drop the administrative ending a text often leaves out: 辽宁省 → 辽宁, 渝北区 → 渝北. */
function shorten(name: string): string {
	const short = name.replace(/(?:壮族自治区|回族自治区|维吾尔自治区|自治区|省|市|新区|区)$/u, '');
	return short.length >= 2 ? short : name;
}

const provinceShorts = new Set(PROVINCES.map(shorten));

/** Made-up names `XY<suffix>` not shared with a province or each other, in a fixed order. */
function madeUp(suffix: string, taken: readonly string[]): string[] {
	const names: string[] = [];
	for (const a of SYLLABLES) {
		for (const b of SYLLABLES) {
			const name = `${a}${b}${suffix}`;
			if (a !== b && !provinceShorts.has(`${a}${b}`) && !taken.includes(name)) names.push(name);
		}
	}
	return names;
}

const asPlaces = (names: readonly string[]): Place[] => names.map((name) => ({ name, short: shorten(name) }));
const cities = [...REAL_CITIES, ...madeUp('市', REAL_CITIES).filter((_, i) => i % 2 === 0)];
const cityShorts = new Set(cities.map(shorten));
// Districts must not share a short form with a city (华阳市 / 华阳区) or a text would mix them.
const districts = [...REAL_DISTRICTS, ...madeUp('区', REAL_DISTRICTS).filter((name, i) => i % 2 === 1 && !cityShorts.has(shorten(name)))];

/** Places by level; national notices keep 全国. */
export const PLACES: Record<Exclude<Level, 'national'>, Place[]> = {
	provincial: asPlaces(PROVINCES.filter((p) => !NOT_MAINLAND.includes(p))),
	municipal: asPlaces(cities),
	district: asPlaces(districts),
};
