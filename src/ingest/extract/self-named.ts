/**
 * Issuers a notice names in its own body when it has no masthead, title prefix or signature (an
 * excerpt that starts at the salutation): the bodies that "decide" the call (国家标准化管理委员会
 * 决定征集…, 市场监管总局（标准委）、工业和信息化部决定联合开展…), or the ministry a 我部 refers to
 * when the text names exactly one (…《工业和信息化部关于…》…我部将组织…).
 */
import { HAN, ORG_SUFFIX } from '../segment/patterns.ts';
import type { Block } from './blocks.ts';

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

/** Issuers from a notice's body, from its blocks outside attachments. */
export function selfNamedIssuers(blocks: Block[]): string[] {
	const texts = blocks.filter((b) => !b.node.data?.inAttachment).map((b) => b.text);
	const deciding = decidingBodies(texts);
	return deciding.length > 0 ? deciding : ministrySelf(texts);
}
