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
function spell(name: string, tones: boolean): { script: Script; ascii: string }[] {
	const tokens = pinyin(name, { type: 'all', toneType: tones ? 'num' : 'none', v: true });
	return tokens.map(({ origin, pinyin: reading, isZh }) => {
		if (isZh && reading !== '') return { script: 'han', ascii: reading.replace(/[^a-z0-9]/g, '') };
		if (/^[a-z0-9]$/i.test(origin)) return { script: 'latin', ascii: origin.toLowerCase() };
		return { script: null, ascii: '' };
	});
}

/**
 * The slug of a name: the pinyin of each run of Han characters written together, runs of
 * Latin letters and digits as they are, anything else a word break, and a trailing division
 * suffix (省, 市, 区, 自治区…) as a word of its own.
 * @param name A jurisdiction or domain name.
 * @param tones Spell tones as digits (shan3xi1), to tell homophones apart.
 * @example toSlug('辽宁省') // 'liaoning-sheng'
 * @example toSlug('科技创新、制造业') // 'kejichuangxin-zhizaoye'
 */
export function toSlug(name: string, tones = false): string {
	// NFKC only here, for the URL: it turns full-width Ｂ２ into B2, which pinyin-pro leaves alone.
	const text = name.normalize('NFKC').trim();
	const suffix = DIVISION_SUFFIXES.find((s) => text.endsWith(s) && text.length > s.length);
	const chars = spell(text, tones);
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
 * Slugs for a set of names. Homophones (陕西省 and 山西省, 富阳区 and 阜阳区) must not share a URL,
 * and a failed build would be worse: names whose plain slugs collide get their tones as digits
 * (shan3xi1-sheng, shan1xi1-sheng); names alike even in tone get `-2`, `-3`… in code-point order.
 * The result depends only on the set of names, never on their order.
 * @param names Names; duplicates are ignored.
 * @param slugOf How a name is slugged, with or without tones (a place path slugs each part).
 * @returns Each name's slug.
 * @example assignSlugs(['辽宁省', '全国'])
 * // Map { '辽宁省' => 'liaoning-sheng', '全国' => 'quanguo' }
 */
export function assignSlugs(
	names: Iterable<string>,
	slugOf: (name: string, tones: boolean) => string = toSlug,
): Map<string, string> {
	const unique = [...new Set(names)].sort();
	const plain = Map.groupBy(unique, (name) => slugOf(name, false));
	const slugs = new Map<string, string>();
	for (const [slug, group] of plain) {
		if (group.length === 1) {
			slugs.set(group[0] ?? '', slug);
			continue;
		}
		for (const [toned, same] of Map.groupBy(group, (name) => slugOf(name, true))) {
			same.forEach((name, i) => slugs.set(name, i === 0 ? toned : `${toned}-${i + 1}`));
		}
	}
	return slugs;
}
