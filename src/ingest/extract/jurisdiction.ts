/**
 * 地区与层级, from the first issuing body's name, read against the GB/T 2260 division table
 * (src/ingest/place/): 国家… is national; a province, autonomous region or 直辖市 is provincial; a
 * city, prefecture or league municipal; a county-level unit (district, county, banner, county-level
 * city) district. `parent` is the place above it in the table, so 和平区 gets 沈阳市 or 天津市 from
 * the name or from the places the notice names, and no parent when neither tells.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { PROVINCE_NAMES, type Place } from '../place/divisions.ts';
import { placeInText } from '../place/place-in-text.ts';
import { placesAtStart } from '../place/places-at-start.ts';
import { tellApart } from '../place/tell-apart.ts';
import { blocksOfFile, noticeOf } from './context.ts';

type Jurisdiction = NoticeRecord['jurisdiction'];

/** Provincial-level divisions, full names (GB/T 2260, and 新疆生产建设兵团). */
export const PROVINCES: readonly string[] = PROVINCE_NAMES;

const NATIONAL = /^(?:国家|国务院|中华人民共和国|全国|中央|市场监管总局|(?:工业和信息化|民政|司法|农业农村|商务|科学技术|生态环境|住房和城乡建设|交通运输|水利|文化和旅游|国家卫生健康)部)/;
const NATION: Jurisdiction = { level: 'national', name: '全国', parent: null };
// A place newer than the table or outside it (两江新区, a made-up 某某市): read by its ending.
const CITY = /^([\u4e00-\u9fff]{2,7}?(?:市(?![场监级])|自治州|地区|盟))/;
const DISTRICT = /^([\u4e00-\u9fff]{1,7}?(?:区|县|旗))(?![\u4e00-\u9fff]{0,2}(?:自治))/;

const toJurisdiction = (place: Place): Jurisdiction => ({ level: place.level, name: place.name, parent: place.parent?.name ?? null });

// A title or clause is no place name: 关于转发市市场监管委… is not a city 关于转发市.
const NOT_A_NAME = /关于|转发|印发|通知|公告/u;

/** A city or county that the table does not know, written after `above` (or first). */
function byEnding(rest: string, above: Place | null): Jurisdiction | null {
	if (above?.level === 'district') return null;
	const city = above === null || above.level === 'provincial' ? CITY.exec(rest)?.[1] : undefined;
	if (city !== undefined && NOT_A_NAME.test(city)) return null;
	const parent = above?.name ?? null;
	if (city !== undefined) {
		const below = byEnding(rest.slice(city.length), { level: 'municipal', name: city, parent: above });
		return below ?? { level: 'municipal', name: city, parent };
	}
	const district = DISTRICT.exec(rest)?.[1];
	if (district === undefined || /^(?:[省市]|自治)/.test(district) || NOT_A_NAME.test(district)) return null;
	return { level: 'district', name: district, parent };
}

/** What a name says: one jurisdiction, the several places of a shared name, or nothing. */
function readName(name: string): Jurisdiction | Place[] | null {
	if (NATIONAL.test(name)) return NATION;
	const found = placesAtStart(name);
	const [first] = found;
	if (first === undefined) return byEnding(name, null);
	if (found.length > 1) return found.map((at) => at.place);
	return byEnding(name.slice(first.end), first.place) ?? toJurisdiction(first.place);
}

// Places of one shared name have one level and one name; which parent is the open question.
const unparented = ([place]: readonly Place[]): Jurisdiction => ({ level: place?.level ?? 'district', name: place?.name ?? '', parent: null });

/**
 * Reads the jurisdiction from a body's name; a name shared by several places that the name does
 * not tell apart (和平区市场监督管理局) gets no parent.
 * @example jurisdictionOf('重庆市渝北区标准化协调推进部门联席会议办公室') // { level: 'district', name: '渝北区', parent: '重庆市' }
 */
export function jurisdictionOf(issuer: string): Jurisdiction | null {
	const read = readName(issuer);
	return Array.isArray(read) ? unparented(read) : read;
}

/** The unified plugin that fills `jurisdiction`. */
export function remarkNoticeJurisdiction() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const text = blocksOfFile(file).map((b) => b.text).join('\n');
		for (const name of [...(notice.issuers ?? []), notice.title ?? '']) {
			const read = readName(name);
			if (read === null) continue;
			if (!Array.isArray(read)) return void (notice.jurisdiction = read);
			const [told, ...others] = tellApart(read, text);
			if (told !== undefined && others.length === 0) return void (notice.jurisdiction = toJurisdiction(told));
			const where = read.map((place) => place.parent?.name).join('、');
			file.message(`${read[0]?.name} names places in ${where} and the notice does not say which: no parent`);
			return void (notice.jurisdiction = unparented(read));
		}
		const named = placeInText(text);
		if (!named) file.message('no jurisdiction found in the issuers or the text; assuming national');
		notice.jurisdiction = named ?? NATION;
	};
}
