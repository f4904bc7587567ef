/**
 * The online systems a notice has applicants or bureaus submit through (管理信息系统, 一网通办
 * 官方网站, 公文交换系统), with the address written in brackets after the name.
 */
import type { Span } from './context.ts';

/** An online system as the notice names it, and its address when it gives one. */
export interface OnlineSystem {
	/** The name as written: `国家标准化试点项目管理信息系统`. */
	name: string;
	/** `https://sfq.sacinfo.org.cn/`, or a bare host such as `zwdtuser.sh.gov.cn`; null if none. */
	url: string | null;
}

/** A system and the sentence that first names it. */
export type SystemMention = OnlineSystem & { sentence: Span };

// A system is named after a word that puts something in or through it (上传至, 登录, 依托, 在…中),
// ending in 系统, 平台 or 网站; quotes around the name are allowed.
const PUT_IN = '(?:在|至|到|通过|经由|经|登录|登陆|依托|进入|使用)';
const SYSTEM = new RegExp(
	`${PUT_IN}“?([^，。；、：“”（）()《》\\s]{2,30}(?:系统|平台|网站))”?`,
	'gu',
);
const NAMES_SYSTEM = /系统|平台|网站/u;
// The bracket right after the name holds its address, if any.
const BRACKET = /^[（(]([^）)]*)[）)]/u;
const URL = /https?:\/\/[\w\-.~:/?#\[\]@!$&'*+;=%]+/u;
const HOST = /(?<![\w.@/-])(?:[a-z0-9-]+\.)+(?:cn|com|net|org|gov)(?:\.cn)?(?:\/[\w\-./?=&%#]*)?/iu;
// A clause that only downloads or looks something up there is not a way to submit.
const LOOKUP = /下载|查询|查看/u;
// 申报书/申报表 name a form, not the act of applying.
const SUBMIT = /申报(?![书表])|上传|提交|填报|报送|登录|登陆|注册/u;

/**
 * The online systems a sentence submits through, each with its address.
 * @param sentence One sentence of the notice.
 * @example onlineSystems('申报单位登录上海一网通办官方网站（zwdtuser.sh.gov.cn）进行网上申报。')
 * // [{ name: '上海一网通办官方网站', url: 'zwdtuser.sh.gov.cn' }]
 */
export function onlineSystems(sentence: string): OnlineSystem[] {
	const found: OnlineSystem[] = [];
	// SYSTEM tries up to 30 lengths after every 在, 到, 经…: a sentence naming no 系统, 平台 or 网站 has none.
	if (!NAMES_SYSTEM.test(sentence)) return found;
	for (const match of sentence.matchAll(SYSTEM)) {
		const name = match[1] ?? '';
		const end = match.index + match[0].length;
		const bracket = BRACKET.exec(sentence.slice(end));
		const address = bracket?.[1] ?? '';
		const url = URL.exec(address)?.[0] ?? HOST.exec(address)?.[0] ?? null;
		const before = sentence.slice(0, match.index).split(/[，,]/u).at(-1) ?? '';
		const after = sentence.slice(end + (bracket?.[0].length ?? 0)).split(/[，,]/u)[0] ?? '';
		const clause = `${before}${match[0]}${after}`;
		if (LOOKUP.test(clause) && !SUBMIT.test(clause)) continue;
		found.push({ name, url });
	}
	return found;
}

/**
 * Systems named more than once merged: a short name (管理信息系统, after 以下简称) that ends
 * another name is the same system; the address comes from whichever mention gives one, and so
 * does the sentence (the one that introduces the system), else the first mention's.
 * @param systems Systems in reading order.
 * @example mergeSystems([{ name: '某某管理信息系统', url: 'https://x.cn/', sentence },
 *   { name: '管理信息系统', url: null, sentence: later }])
 * // [{ name: '某某管理信息系统', url: 'https://x.cn/', sentence }]
 */
export function mergeSystems(systems: readonly SystemMention[]): SystemMention[] {
	const merged: SystemMention[] = [];
	for (const system of systems) {
		const same = merged.find((m) => m.name.endsWith(system.name) || system.name.endsWith(m.name));
		if (same === undefined) {
			merged.push({ ...system });
			continue;
		}
		if (system.name.length > same.name.length) same.name = system.name;
		if (same.url === null && system.url !== null) Object.assign(same, { url: system.url, sentence: system.sentence });
	}
	return merged;
}
