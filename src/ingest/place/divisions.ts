/**
 * The places of the generated division table as a tree: each province, city and county knows its
 * parent, and every name (and the short forms texts use: 江苏 for 江苏省, 南通 for 南通市) leads to
 * the places that bear it. A county name may lead to several places: 28 are shared (鼓楼区 ×4).
 */
import type { Level } from '../../schemas/notice.ts';
import { DIVISION_LINES } from './division-table.ts';

/** A province, city or county-level place of GB/T 2260. */
export interface Place {
	name: string;
	/** provincial for provinces and 直辖市, municipal for cities, district for every county-level unit. */
	level: Exclude<Level, 'national'>;
	/** The enclosing place: a county's city (or province, for those it governs directly), a city's province. */
	parent: Place | null;
}

/** A way a place is written: its full name, or a short form (only after its province, for a city). */
export interface PlaceName {
	place: Place;
	short: boolean;
}

// 新疆生产建设兵团 is no division of GB/T 2260, but it issues notices as a provincial body.
const EXTRA_PROVINCES = ['新疆生产建设兵团'];

// 辽宁省 → 辽宁, 广西壮族自治区 → 广西, 南通市 → 南通: how a name is often shortened inside a longer
// one. 自治州, 地区 and 盟 keep their endings (延边 alone names no body).
const SHORT = /(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/u;

// 延边朝鲜族自治州 → 延边州, 红河哈尼族彝族自治州 → 红河州: how bodies of autonomous prefectures name
// themselves, on their own (延边州市场监督管理局), so it counts as a full name.
const PREFECTURE = /^(.{2,}?)(?:(?:朝鲜|苗|侗|土家|白|回|藏|蒙古|彝|傣|景颇|傈僳|哈尼|壮|布依|羌|哈萨克|柯尔克孜)族?)+自治州$/u;

/**
 * A province's or city's short form, or null when it has none of at least two characters.
 * @example shortName('辽宁省') // '辽宁'
 */
export function shortName(name: string): string | null {
	const short = name.replace(SHORT, '');
	return short !== name && short.length >= 2 ? short : null;
}

function build() {
	const names = new Map<string, PlaceName[]>();
	const add = (name: string, entry: PlaceName) => names.set(name, [...(names.get(name) ?? []), entry]);
	const provinces = new Map<string, Place>();
	const cities: string[] = [];
	const place = (name: string, level: Place['level'], parent: Place | null): Place => {
		const created = { name, level, parent };
		add(name, { place: created, short: false });
		const short = shortName(name);
		if (level !== 'district' && short !== null) add(short, { place: created, short: true });
		const prefecture = PREFECTURE.exec(name)?.[1];
		if (prefecture !== undefined) add(`${prefecture}州`, { place: created, short: false });
		return created;
	};
	for (const line of [...DIVISION_LINES, ...EXTRA_PROVINCES]) {
		const [provinceName = '', cityName = '-', ...counties] = line.split(' ');
		const province = provinces.get(provinceName) ?? place(provinceName, 'provincial', null);
		provinces.set(provinceName, province);
		const city = cityName === '-' ? province : place(cityName, 'municipal', province);
		if (city !== province) cities.push(cityName);
		for (const county of counties) place(county, 'district', city);
	}
	return { names, provinces: [...provinces.keys()], cities };
}

const { names, provinces, cities } = build();

/** Every provincial-level name (provinces, autonomous regions, 直辖市, SARs), full form. */
export const PROVINCE_NAMES: readonly string[] = provinces;

/** Every prefecture-level name (cities, 自治州, 地区, 盟), full form; none is shared. */
export const CITY_NAMES: readonly string[] = cities;

/** The longest name a place goes by, in characters: no prefix longer than this can match. */
export const LONGEST_NAME = Math.max(...[...names.keys()].map((name) => name.length));

/**
 * The places written `name`, in table order.
 * @example placesNamed('和平区').map((p) => p.parent?.name) // ['天津市', '沈阳市']
 */
export function placesNamed(name: string): readonly PlaceName[] {
	return names.get(name) ?? [];
}

/**
 * A place and everything above it, top first.
 * @example placePath(yubei).map((p) => p.name) // ['重庆市', '渝北区']
 */
export function placePath(place: Place): Place[] {
	return place.parent === null ? [place] : [...placePath(place.parent), place];
}
