/**
 * A notice's id: an ASCII slug of its place, year and kind (`liaoning-2026-pilot-recommendation`),
 * stable as long as those facts are. Places are spelled in pinyin (pinyin-pro).
 */
import { pinyin } from 'pinyin-pro';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { noticeOf } from './context.ts';

const PLACE_SUFFIX = /(?:省|市|区|县|旗|自治州|地区|盟|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

/**
 * Slugs already spelled: ids are made of place names, few and spelled again for every notice
 * from the same place (pinyin-pro segments each text anew, a fortieth of parsing). Emptied when
 * full, so that a stream of distinct names cannot grow it without bound.
 */
const SPELLED = new Map<string, string>();
const MAX_SPELLED = 10_000;

/**
 * Spells Chinese text as an ASCII slug.
 * @example slugify('渝北') // 'yubei'
 */
export function slugify(text: string): string {
	let slug = SPELLED.get(text);
	if (slug !== undefined) return slug;
	const spelled = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
	slug = spelled
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	if (SPELLED.size >= MAX_SPELLED) SPELLED.clear();
	SPELLED.set(text, slug);
	return slug;
}

function placeSlug(record: Partial<NoticeRecord>): string {
	const j = record.jurisdiction;
	if (!j || j.level === 'national') return 'national';
	const province = record.issuers?.[0]?.match(/^(北京|天津|上海|重庆)市/)?.[1];
	const name = slugify(j.name.replace(PLACE_SUFFIX, '')) || slugify(j.name);
	return province && j.level === 'district' ? `${slugify(province)}-${name}` : name;
}

function kindSlug(title: string): string {
	const scope = /国家级?|全国/.test(title) && !/市级|省级|区级|县级/.test(title) ? '' : /市级/.test(title) ? 'municipal-' : /省级/.test(title) ? 'provincial-' : '';
	const kind = /示范/.test(title) ? 'demonstration' : /推荐/.test(title) ? 'recommendation' : 'call';
	return `${scope}pilot-${kind}`;
}

/**
 * The id of a notice from its record.
 * @example noticeId({ jurisdiction: { level: 'provincial', name: '辽宁省' }, year: 2026, title: '…申报推荐工作的通知' }) // 'liaoning-2026-pilot-recommendation'
 */
export function noticeId(record: Partial<NoticeRecord>): string {
	return [placeSlug(record), String(record.year ?? 0), kindSlug(record.title ?? '')].join('-');
}

/** The unified plugin that fills `id`. */
export function remarkNoticeId() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		notice.id = noticeId(notice);
	};
}
