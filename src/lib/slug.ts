/**
 * ASCII URL slugs for Chinese names (地区, 领域): 辽宁省 -> liaoning-sheng.
 *
 * Stability matters more than elegance: a slug is a URL people bookmark. So a slug depends only
 * on the name and pinyin-pro's readings (pinned by the lock file), not on a word segmenter:
 * Intl.Segmenter splits 渝北区 as 渝|北区 and varies with the ICU build.
 */
import { pinyin } from 'pinyin-pro';

// Administrative-division endings (GB/T 2260 names), longest first, split off as their own word.
const DIVISION_SUFFIXES = [
	'特别行政区',
	'自治区',
	'自治州',
	'自治县',
	'自治旗',
	'新区',
	'地区',
	'林区',
	'省',
	'市',
	'区',
	'县',
	'旗',
	'盟',
];

type Script = 'han' | 'latin' | null;

/** Each character's script and its ASCII spelling (pinyin for Han, lowercase for A-Z and 0-9). */
function spell(name: string): { script: Script; ascii: string }[] {
	const tokens = pinyin(name, { type: 'all', toneType: 'none', v: true });
	return tokens.map(({ origin, pinyin: reading, isZh }) => {
		if (isZh && reading !== '') return { script: 'han', ascii: reading.replace(/[^a-z]/g, '') };
		if (/^[a-z0-9]$/i.test(origin)) return { script: 'latin', ascii: origin.toLowerCase() };
		return { script: null, ascii: '' };
	});
}

/**
 * The slug of a name: the pinyin of each run of Han characters written together, runs of
 * Latin letters and digits as they are, anything else a word break, and a trailing division
 * suffix (省, 市, 区, 自治区…) as a word of its own.
 * @param name A jurisdiction or domain name.
 * @example toSlug('辽宁省') // 'liaoning-sheng'
 * @example toSlug('科技创新、制造业') // 'kejichuangxin-zhizaoye'
 */
export function toSlug(name: string): string {
	// NFKC only here, for the URL: it turns full-width Ｂ２ into B2, which pinyin-pro leaves alone.
	const text = name.normalize('NFKC').trim();
	const suffix = DIVISION_SUFFIXES.find((s) => text.endsWith(s) && text.length > s.length);
	const chars = spell(text);
	const cut = suffix === undefined ? chars.length : chars.length - [...suffix].length;
	const words: string[] = [''];
	chars.forEach(({ script, ascii }, index) => {
		const previous = index === 0 ? script : chars[index - 1]?.script;
		if (script !== previous || script === null || index === cut) words.push('');
		words[words.length - 1] += ascii;
	});
	const slug = words.filter((word) => word !== '').join('-');
	if (slug === '') {
		throw new Error(`Cannot slug \`${name}\`, expected Han characters, letters or digits`);
	}
	return slug;
}

/**
 * Slugs for a set of names, refusing two names that would share a URL (homophones such as
 * 富阳区 and 阜阳区), since silently merging two places would be worse than a failed build.
 * @param names Distinct names; duplicates are ignored.
 * @returns Each name's slug.
 * @example assignSlugs(['辽宁省', '全国'])
 * // Map { '辽宁省' => 'liaoning-sheng', '全国' => 'quanguo' }
 */
export function assignSlugs(names: Iterable<string>): Map<string, string> {
	const slugs = new Map<string, string>();
	const owners = new Map<string, string>();
	for (const name of names) {
		if (slugs.has(name)) continue;
		const slug = toSlug(name);
		const owner = owners.get(slug);
		if (owner !== undefined) {
			throw new Error(
				`Cannot give \`${name}\` the slug \`${slug}\`, expected one not taken by \`${owner}\``,
			);
		}
		owners.set(slug, name);
		slugs.set(name, slug);
	}
	return slugs;
}
