/**
 * Domains from a scope section (申报范围, 资助范围, 申报项目类别, 第四批试点工作的重点) and from items
 * a 重点…： line introduces (重点支持…，主要包括：): each item is a field the call invites projects
 * in, named as written (填补国家和行业标准空白的创新性团体标准, 制修订标准). So is each item of a list
 * paragraph there (标准制修订项目、标准化研究项目、…), and of a list right after a 重点…： label
 * (重点支持以下领域：A、B、C等。). An item that sets a requirement or an exclusion (应当…,
 * 暂不包括…) is not a domain.
 */
import { withoutNumbering, type Block } from './blocks.ts';
import type { Span } from './context.ts';
import { cleanItems, splitEnumeration } from './enumeration.ts';
import { scopeItem } from './scope-item.ts';

/** A domain as found, with the span the anchor points at. */
export interface FoundDomain {
	name: string;
	focus: string[];
	span: Span;
}

const SCOPE = /(?:申报|申请|资助|支持|征集|立项)(?:范围|领域|重点|方向)|项目类别|的重点$|^重点(?:领域|方向|支持)/;
/** Who or when may apply is a condition, not a field: 申报单位范围, 时间范围. */
const NOT_SCOPE = /单位|对象|主体|时间/;
/** A 重点… line ending in a colon: the items under it are what is supported. */
const LEAD_IN = /重点(?:支持|围绕|领域|方向|为|包括)[^。；]{0,200}[：:]$/;
/** LEAD_IN tries 200 characters after every 重点: only a line ending in a colon can be one. */
const isLeadIn = (text: string): boolean => {
	const t = text.trimEnd();
	return (t.endsWith('：') || t.endsWith(':')) && LEAD_IN.test(t.trimStart());
};
/** A list opened by a verb or closed by 等 is running text: domains.ts reads it. */
const OPENED = /^(?:围绕|聚焦|重点|在|包括|面向)/;
const CLOSED = /等[^、]*$/;

function isScopeHead(block: Block): boolean {
	const body = withoutNumbering(block).text;
	const head = /^[^。：:]{2,20}/.exec(body)?.[0] ?? '';
	const numbered = block.node.type === 'heading' || block.node.data?.numbering !== undefined;
	return numbered && SCOPE.test(head) && !NOT_SCOPE.test(head);
}

/** The list a scope paragraph is: items split at ；, else at 、, none holding a comma. */
function listItems(span: Span): Span[] {
	const text = span.text.replace(/[。；;]$/, '');
	const bySemicolon = /；|;/.test(text);
	const items = splitEnumeration({ text, start: span.start }, bySemicolon ? '；;' : '、');
	if (items.length < 2 || OPENED.test(items[0]!.text) || (!bySemicolon && CLOSED.test(items.at(-1)!.text))) return [];
	return items.every((s) => !/[，,。：:]/.test(s.text) && s.text.length <= 60) ? items : [];
}

/**
 * The blocks a scope head governs (those under it), or a lead-in line (the numbered items right
 * after it at its level, with theirs: a paragraph is no parent in the tree).
 */
function governed(blocks: Block[], from: Block): Block[] {
	const isHead = from.node.type === 'heading' || from.node.data?.numbering !== undefined;
	const out = new Set<Block>();
	for (let i = from.index + 1; i < blocks.length; i++) {
		const b = blocks[i]!;
		const sibling = b.parents.length === from.parents.length && b.parents.at(-1) === from.parents.at(-1);
		const inside = isHead ? b.parents.includes(from) : (sibling && b.node.data?.numbering !== undefined) || b.parents.some((p) => out.has(p));
		if (!inside) break;
		out.add(b);
	}
	return [...out];
}

/** The domains a scope section or lead-in line gives, skipping blocks other rules took. */
export function byScopeSections(blocks: Block[], taken: Set<number>): FoundDomain[] {
	const out: FoundDomain[] = [];
	const heads = new Set(blocks.filter((b) => isScopeHead(b) || isLeadIn(b.text)));
	// An item with items under it heads them, and so does a short label with paragraphs under it
	// (（二）申报要求); a long item with a paragraph under it is still an item.
	const hasItems = new Set(blocks.flatMap((b) => (b.node.data?.numbering === undefined ? [] : (b.parents.at(-1) ?? []))));
	const hasParagraphs = new Set(blocks.flatMap((b) => b.parents.at(-1) ?? []));
	const headsOthers = (b: Block) => hasItems.has(b) || (hasParagraphs.has(b) && withoutNumbering(b).text.length <= 15 && !/[。，；]/.test(b.text));
	for (const head of heads) {
		// A nested scope head reads its own blocks: 申报范围及要求 › （一）申报范围.
		const inner = governed(blocks, head).filter((b) => !b.parents.some((h) => h !== head && h.index > head.index && heads.has(h)));
		for (const block of inner) {
			const body = withoutNumbering(block);
			if (taken.has(body.start) || headsOthers(block) || heads.has(block)) continue;
			if (block.node.data?.numbering !== undefined) {
				const item = scopeItem(body);
				if (item) out.push(item);
			} else for (const s of listItems(body)) out.push({ name: s.text, focus: [], span: s });
		}
		// 一、资助范围：A、B、C on one line.
		const inline = /^[^。：:]{2,20}[。：:](.+)$/.exec(withoutNumbering(head).text);
		if (inline && isScopeHead(head)) {
			const start = withoutNumbering(head).start + withoutNumbering(head).text.length - inline[1]!.length;
			for (const s of listItems({ text: inline[1]!, start })) out.push({ name: s.text, focus: [], span: s });
		}
	}
	return out;
}

const LABELLED_LIST = /(?:重点支持|重点围绕|立项重点|重点领域|征集领域|申报领域|支持领域|重点方向)[^。；：:，]{0,12}?[：:]([^。：:]+)/g;

/** The domains listed right after a 重点…： label in running text: 重点支持以下领域：A、B、C等。 */
export function byLabelledLists(blocks: Block[], taken: Set<number>): FoundDomain[] {
	const out: FoundDomain[] = [];
	for (const block of blocks) {
		const body = withoutNumbering(block);
		if (taken.has(body.start) || (!body.text.includes('重点') && !body.text.includes('领域'))) continue;
		for (const m of body.text.matchAll(LABELLED_LIST)) {
			const start = body.start + m.index + m[0].length - m[1]!.length;
			const items = cleanItems(splitEnumeration({ text: m[1]!.replace(/[；;]$/, ''), start }, /[；;]/.test(m[1]!) ? '；;' : '、'));
			if (items.length < 2 || items.some((s) => /[，,]/.test(s.text) || s.text.length > 40)) continue;
			out.push(...items.map((s) => ({ name: s.text, focus: [], span: s })));
		}
	}
	return out;
}

const PARALLEL = /(?:重点选择|重点支持|重点围绕|重点面向)((?:[^、，。；：]{2,12}、){1,20}[^、，。；：]{2,12}?和[^、，。；：]{2,12}?)领域/g;

/**
 * Fields listed with 和 and no 等 (重点选择生产性服务业、生活性服务业和公共服务业领域中…): split at 和
 * only when every item ends in the same head noun, since 社会管理和公共服务 is one field.
 */
export function byParallelFields(blocks: Block[], taken: Set<number>): FoundDomain[] {
	const out: FoundDomain[] = [];
	for (const block of blocks) {
		const body = withoutNumbering(block);
		if (taken.has(body.start) || !body.text.includes('重点')) continue;
		for (const m of body.text.matchAll(PARALLEL)) {
			const start = body.start + m.index + m[0].length - m[1]!.length - 2;
			const names = m[1]!.split('、').flatMap((item, i, all) => (i === all.length - 1 ? item.split('和') : [item]));
			const head = names[0]!.slice(-2);
			if (names.every((n) => n.length >= 3 && n.endsWith(head))) out.push(...names.map((name) => ({ name, focus: [], span: { text: name, start } })));
		}
	}
	return out;
}
