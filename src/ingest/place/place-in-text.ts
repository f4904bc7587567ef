/**
 * The place of a notice whose issuers and title name none (a page copy that starts at 各有关单位：),
 * read from how it addresses its readers and which places it names:
 * - addressed to 各省、自治区、直辖市 (or 各省（区、市）): a national call;
 * - speaking of 我市, 全市 or to 各区 more than of 全省, 我省: a city, the one it names most;
 * - otherwise the province it names most (a province's notice cites its own rules and offices).
 * A place named as often as another wins by being named first.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { CITY_NAMES, PROVINCE_NAMES, placesNamed } from './divisions.ts';

type Jurisdiction = NoticeRecord['jurisdiction'];

const NATIONAL_ADDRESS = /各省[、（(]?(?:自治区|区)[、，]?(?:直辖市|市)/u;
// 全市 / 我市 / 本市 or a salutation to its districts, against 全省 / 我省 / 本省, which a province
// writes (and a city quoting it, less often). Not 市市场监督管理局: a province names its cities' bureaus.
const CITY_VOICE = /[我本全]市|各区(?:县|[、，]|市场|人民政府|政府)/gu;
const PROVINCE_VOICE = /[我本全]省/gu;
const count = (pattern: RegExp, text: string): number => text.match(pattern)?.length ?? 0;

/** How often each name occurs, and where first; the most frequent (then the earliest) first. */
function mostNamed(names: readonly string[], text: string): string | undefined {
	const counted = names
		.map((name) => ({ name, count: text.split(name).length - 1, first: text.indexOf(name) }))
		.filter(({ count }) => count > 0);
	counted.sort((a, b) => b.count - a.count || a.first - b.first);
	return counted[0]?.name;
}

/**
 * The jurisdiction a notice's text points to, or null when it names no place.
 * @param text The notice's text.
 * @example placeInText('各区市场监管局：……广州市标准化战略专项资金……') // { level: 'municipal', name: '广州市', parent: '广东省' }
 */
export function placeInText(text: string): Jurisdiction | null {
	if (NATIONAL_ADDRESS.test(text)) return { level: 'national', name: '全国', parent: null };
	const city = count(CITY_VOICE, text) > count(PROVINCE_VOICE, text) ? mostNamed(CITY_NAMES, text) : undefined;
	const place = city === undefined ? undefined : placesNamed(city).find((entry) => !entry.short)?.place;
	if (place !== undefined) return { level: place.level, name: place.name, parent: place.parent?.name ?? null };
	const province = mostNamed(PROVINCE_NAMES, text);
	return province === undefined ? null : { level: 'provincial', name: province, parent: null };
}
