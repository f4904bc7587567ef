/**
 * Issuers a notice names in its own body when it has no masthead, title prefix or signature (an
 * excerpt that starts at the salutation): the bodies that "decide" the call (国家标准化管理委员会
 * 决定征集…, 市场监管总局（标准委）、工业和信息化部决定联合开展…), or the ministry a 我部 refers to
 * when the text names exactly one (…《工业和信息化部关于…》…我部将组织…), or the provincial
 * department the applications go to (报省经信厅) in the one province the text names.
 */
import { HAN, ORG_SUFFIX } from '../segment/patterns.ts';
import type { Block } from './blocks.ts';
import { PROVINCES } from './jurisdiction.ts';

/** One organisation's whole name, with a second name in brackets: 市场监管总局（标准委）. */
const ORG = new RegExp(`^[${HAN}]{2,30}${ORG_SUFFIX}(?:[（(][${HAN}]{1,12}[）)])?$`);

/** The clause before 决定: back to the last comma or stop. */
const DECIDES = /([^，。；：,;:]{2,80})决定/;

/** A ministry named as a document's author: 工业和信息化部关于, 工业和信息化部办公厅关于. */
const MINISTRY = new RegExp(`([${HAN}]{2,10}部)(?:办公厅)?关于`, 'g');

/** How many of a notice's first blocks may hold its self-naming sentence: the opening ones. */
const OPENING_BLOCKS = 4;

/**
 * The bodies a notice's opening says decide the call, as written.
 * @example decidingBodies(['为推进…，国家标准化管理委员会决定征集试点项目。']) // ['国家标准化管理委员会']
 */
export function decidingBodies(texts: string[]): string[] {
	for (const text of texts.slice(0, OPENING_BLOCKS)) {
		const clause = DECIDES.exec(text)?.[1];
		if (!clause) continue;
		const names = clause.split('、').map((s) => s.trim());
		if (names.every((n) => ORG.test(n))) return names;
	}
	return [];
}

/**
 * The ministry a 我部 stands for, when the text names exactly one ministry as an author.
 * @example ministrySelf(['按照《工业和信息化部关于…》要求，我部将组织开展…']) // ['工业和信息化部']
 */
export function ministrySelf(texts: string[]): string[] {
	const text = texts.join('\n');
	if (!/我部/.test(text)) return [];
	const named = new Set([...text.matchAll(MINISTRY)].map((m) => m[1]!));
	return named.size === 1 ? [...named] : [];
}

/** The short names of provincial departments and their full names (the 代字 staff write). */
const DEPARTMENTS: Readonly<Record<string, string>> = {
	经信厅: '经济和信息化厅',
	工信厅: '工业和信息化厅',
	市场监管局: '市场监督管理局',
	科技厅: '科学技术厅',
	发改委: '发展和改革委员会',
};

/** Applications sent to a provincial department by its short name: 报省经信厅科技处. */
const SENT_TO = new RegExp(`(?:报送?|报至|送至|提交|向)省(${Object.keys(DEPARTMENTS).join('|')})`);

/**
 * The provincial department applications are sent to, in full, when the text names one province.
 * @example provincialRecipient(['安徽省示范企业申请表', '报省经信厅科技处']) // ['安徽省经济和信息化厅']
 */
export function provincialRecipient(texts: string[]): string[] {
	const text = texts.join('\n');
	const short = SENT_TO.exec(text)?.[1];
	if (!short) return [];
	const named = PROVINCES.filter((p) => text.includes(p));
	return named.length === 1 ? [`${named[0]}${DEPARTMENTS[short]}`] : [];
}

/** Issuers from a notice's body, from its blocks outside attachments. */
export function selfNamedIssuers(blocks: Block[]): string[] {
	const texts = blocks.filter((b) => !b.node.data?.inAttachment).map((b) => b.text);
	for (const read of [decidingBodies, ministrySelf, provincialRecipient]) {
		const found = read(texts);
		if (found.length > 0) return found;
	}
	return [];
}
