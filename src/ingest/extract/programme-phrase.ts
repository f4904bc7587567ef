/**
 * Programmes named by a title or a sentence of running text: the object of the call, between a
 * verb or year (开展, 征集, 组织申报, 2025年度) and the work it is for (申报工作, 征集工作, 的通知):
 * 关于组织申报2023年度市级标准化试点示范项目的通知, 决定在全国开展第四批“标准化良好行为企业”试点创建工作,
 * 现就2024年湖南省绿色发展地方标准制修订项目征集工作有关事项通知如下, 决定征集第九批…试点项目。
 */
import { hasCode } from '../../text/chars.ts';
import { programmeNames, withoutWork } from './programme-name.ts';

const VERB = /开展|征集|推荐|申报|做好|组织|规范|关于|现就|启动|印发|转发|遴选|评选|部署|申请|进行|制定/g;
const YEAR = /(?:(?:19|20)\d{2}[\s\-—~～至]*){1,2}年度?/g;
const WORK = /工作|的通知|的函|的公告/g;
const COUNT = /\d+\s*[个项]/g;
/** Clauses longer than this are not a call's object; the cap keeps the scans linear. */
const MAX_CLAUSE = 300;

/** Where the last match of `re` in `text` ends, or -1. */
function lastEnd(re: RegExp, text: string): number {
	let end = -1;
	for (const m of text.matchAll(re)) end = m.index + m[0].length;
	return end;
}

/** Splits at ，。；：!? outside brackets, the clauses a call's object sits in. */
function clausesOf(text: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let from = 0;
	for (let i = 0; i <= text.length; i++) {
		const c = text.charCodeAt(i);
		if (hasCode('（(', c)) depth++;
		else if (hasCode('）)', c)) depth = Math.max(0, depth - 1);
		else if (i === text.length || (depth === 0 && hasCode('，。；：,;:！？!?', c))) {
			if (i - from <= MAX_CLAUSE) out.push(text.slice(from, i));
			from = i + 1;
		}
	}
	return out;
}

/**
 * The call's objects in one clause: before each 工作/的通知, or before the clause's end when what
 * is there ends in 项目 (决定征集第九批…试点项目), or before a count of projects or standards
 * (开展…试点项目20个, 制定服务业地方标准20项). The last verb or year opens the object; when what
 * follows the verb is no name (开展2024年度地方标准制定项目: 制定 is part of it), the year does.
 */
function objectsOf(clause: string): string[][] {
	const ends = [...clause.matchAll(WORK)].map((m) => ({ at: m.index, closes: /$/ }));
	for (const m of clause.matchAll(COUNT)) ends.push({ at: m.index, closes: /(?:项目|标准)$/ });
	ends.push({ at: clause.length, closes: /项目(?:[（(][^（）()]*[）)])?$/ });
	const out: string[][] = [];
	for (const { at, closes } of ends) {
		const before = withoutWork(clause.slice(0, at));
		if (!closes.test(before)) continue;
		const starts = [lastEnd(VERB, before), lastEnd(YEAR, before)].filter((n) => n >= 0).sort((a, b) => b - a);
		const names = starts.map((from) => programmeNames(before.slice(from))).find((n) => n.length > 0) ?? [];
		// 工作 and 的通知 often close the same object: 关于开展…试点工作的通知.
		if (names.length > 0 && names.join() !== out.at(-1)?.join()) out.push(names);
	}
	return out;
}

/**
 * The programmes a title or sentence calls for, one list per call it makes. Text inside 《》 is
 * another document's title and is skipped: see `citedProgrammes`.
 * @example programmesInPhrase('关于组织申报2023年度市级标准化试点示范项目的通知') // [['市级标准化试点示范项目']]
 */
export function programmesInPhrase(text: string): string[][] {
	// 甲项目申报暨乙项目征集工作 names two programmes: 暨 and the work before it join a list.
	const own = text.replace(/《[^《》]*》/g, (m) => '□'.repeat(m.length)).replace(/(?:申报|征集|推荐|遴选)*(?:工作)?暨/g, '、');
	return clausesOf(own).flatMap(objectsOf);
}

/**
 * The programmes of the calls a text cites by title (根据《…关于征集第二批国家级消费品标准化试点项目的
 * 通知》要求): what a forwarding notice calls for when it does not name it itself.
 */
export function citedProgrammes(text: string): string[][] {
	return [...text.matchAll(/《([^《》]*(?:通知|函))》/g)].flatMap((m) => programmesInPhrase(m[1]!));
}
