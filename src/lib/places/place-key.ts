/**
 * How the site tells places apart: by their full path as the record gives it (parent, then name),
 * never by name alone, so 天津市和平区 and 沈阳市和平区 get pages, slugs and chain links of their own.
 * City and province names are unique in GB/T 2260, so a parent and a name are one place.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { assignSlugs, toSlug } from '../../format/slug.ts';

type Place = Pick<NoticeRecord['jurisdiction'], 'name' | 'parent'>;

/**
 * The key a place is filed under: its parent and name, space-separated (names hold no spaces).
 * @example placeKey({ name: '和平区', parent: '沈阳市' }) // '沈阳市 和平区'
 */
export const placeKey = ({ name, parent }: Place): string => (parent === null ? name : `${parent} ${name}`);

/**
 * A place written out in full for a heading or a list: 沈阳市和平区, 江苏省南通市, 辽宁省.
 * @example placeLabel({ name: '渝北区', parent: '重庆市' }) // '重庆市渝北区'
 */
export const placeLabel = ({ name, parent }: Place): string => `${parent ?? ''}${name}`;

// Each part slugged on its own, so the division suffix of both stays a word: shenyang-shi-heping-qu.
// Once per place and build: the place lists, the matrix and every list page's links slug the same
// places over all notices (pinyin of each, 0.3 s of a rebuild's paths at 3,000 sources, measured).
const pathSlugs = new Map<string, string>();
const pathSlug = (key: string, tones: boolean): string => {
	const memo = `${tones ? 1 : 0}${key}`;
	let slug = pathSlugs.get(memo);
	if (slug === undefined) pathSlugs.set(memo, (slug = key.split(' ').map((part) => toSlug(part, tones)).join('-')));
	return slug;
};

/**
 * The slug of every place, by key, homophones told apart as assignSlugs does.
 * @param places Places of some notices; repeats are ignored.
 * @example placeSlugs([{ name: '和平区', parent: '天津市' }]) // Map { '天津市 和平区' => 'tianjin-shi-heping-qu' }
 */
export function placeSlugs(places: Iterable<Place>): Map<string, string> {
	return assignSlugs([...places].map(placeKey), pathSlug);
}
