/**
 * 地区与层级, from the first issuing body's name: 国家… is national; a province, autonomous region
 * or 直辖市 is provincial; a city, prefecture or league under it municipal; a district, county or
 * banner district.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { blocksOfFile, noticeOf } from './context.ts';

/** Provincial-level divisions, full names (GB/T 2260). */
export const PROVINCES = [
	'北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省',
	'浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省',
	'四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省', '内蒙古自治区',
	'广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区', '香港特别行政区',
	'澳门特别行政区', '新疆生产建设兵团',
];

const NATIONAL = /^(?:国家|国务院|中华人民共和国|全国|中央|市场监管总局|(?:工业和信息化|民政|司法|农业农村|商务|科学技术|生态环境|住房和城乡建设|交通运输|水利|文化和旅游|国家卫生健康)部)/;
const SHORT = (name: string) => name.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
const CITY = /^([\u4e00-\u9fff]{2,7}?(?:市(?![场监级])|自治州|地区|盟))/;
const DISTRICT = /^([\u4e00-\u9fff]{1,7}?(?:区|县|旗))(?![\u4e00-\u9fff]{0,2}(?:自治))/;

/**
 * Reads the jurisdiction from a body's name.
 * @example jurisdictionOf('重庆市渝北区标准化协调推进部门联席会议办公室') // { level: 'district', name: '渝北区', parent: '重庆市' }
 */
export function jurisdictionOf(issuer: string): NoticeRecord['jurisdiction'] | null {
	if (NATIONAL.test(issuer)) return { level: 'national', name: '全国', parent: null };
	const province = PROVINCES.find((p) => issuer.startsWith(p) || issuer.startsWith(SHORT(p)));
	let rest = issuer;
	let found: NoticeRecord['jurisdiction'] | null = null;
	if (province) {
		found = { level: 'provincial', name: province, parent: null };
		rest = issuer.slice(issuer.startsWith(province) ? province.length : SHORT(province).length);
	}
	const city = CITY.exec(rest)?.[1];
	if (city) {
		found = { level: 'municipal', name: city, parent: found?.name ?? null };
		rest = rest.slice(city.length);
	}
	const district = DISTRICT.exec(rest)?.[1];
	if (district && !/^(?:[省市]|自治)/.test(district)) found = { level: 'district', name: district, parent: found?.name ?? null };
	return found;
}

/** The unified plugin that fills `jurisdiction`. */
export function remarkNoticeJurisdiction() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const candidates = [...(notice.issuers ?? []), notice.title ?? ''];
		for (const name of candidates) {
			const found = jurisdictionOf(name);
			if (found) return void (notice.jurisdiction = found);
		}
		const text = blocksOfFile(file).map((b) => b.text).join('\n');
		const named = PROVINCES.find((p) => text.includes(p));
		if (!named) file.message('no jurisdiction found in the issuers; assuming national');
		notice.jurisdiction = named ? { level: 'provincial', name: named, parent: null } : { level: 'national', name: '全国', parent: null };
	};
}
