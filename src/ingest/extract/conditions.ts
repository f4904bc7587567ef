/**
 * 申报条件: the requirements of a conditions section (申报条件, 基本条件, 试点单位条件, 申请资格,
 * 申报原则, 申报要求), one each: its leaf items (or, for an item that only heads a paragraph,
 * 申报单位范围, that paragraph's sentences) and the sentences of its own paragraphs. Items read
 * as domains are not conditions (申报范围和条件 holds both), nor are steps of the procedure or
 * encouragements. Without such a section: the sentences in which the applicant must have or be
 * something (see applicant-must.ts), and items excluding someone (暂不包括电力企业).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { withoutNumbering, type Block } from './blocks.ts';
import { NOT_A_REQUIREMENT, sentencesOfApplicant } from './applicant-must.ts';
import { blockSentences } from './body-sentences.ts';
import { addAnchor, blocksOfFile, noticeOf, type Span } from './context.ts';

const SECTION = /条件|资格|^申报原则$|^(?:申报|申请)要求$/;
const NOT_SECTION = /保障条件|工作条件|条件保障|审查|审核|[：:]$/;
/** An item listing cases that disqualify (有下列情形之一的，不得申报：) is one condition with its cases. */
const DISQUALIFYING = /情[况形]之一/;
const EXCLUSION = /^(?:暂不包括|不包括|暂不支持|不含)[^。；]*/;

const isNumbered = (b: Block) => b.node.type === 'heading' || b.node.data?.numbering !== undefined;

const isSectionHead = (b: Block) => {
	const body = withoutNumbering(b).text;
	return isNumbered(b) && SECTION.test(body) && !NOT_SECTION.test(body) && body.length <= 30 && !/[。；]/.test(body);
};

/** The blocks under `head`: they follow it, one after another, until one is not under it. */
function blocksUnder(blocks: Block[], head: Block): Block[] {
	let end = head.index + 1;
	while (end < blocks.length && blocks[end]!.parents.includes(head)) end++;
	return blocks.slice(head.index + 1, end);
}

/** The requirement sentences of a paragraph, split at 。 and ；. */
const sentencesIn = (b: Block): Span[] => blockSentences(b, '。；').filter((s) => !NOT_A_REQUIREMENT.test(s.text));

/** A disqualifying item with its cases, as one span. */
function withCases(item: Block, cases: Block[]): Span {
	const body = withoutNumbering(item);
	return { text: [body.text, ...cases.map((c) => c.text)].join(' '), start: body.start };
}

/** A short item that only heads paragraphs: （一）申报单位范围. */
const isLabel = (b: Block) => withoutNumbering(b).text.length <= 15 && !/[。；，]/.test(b.text);

function itemsOfSection(blocks: Block[], head: Block, isDomain: (b: Block) => boolean): Span[] {
	const under = blocksUnder(blocks, head);
	const hasChild = new Set(under.map((b) => b.parents.at(-1)));
	const hasNumberedChild = new Set(under.filter(isNumbered).map((b) => b.parents.at(-1)));
	const inside = under.filter((b) => !isDomain(b));
	// Each disqualifying item gathers the blocks under it, in one pass.
	const cases = new Map(inside.filter((b) => isNumbered(b) && DISQUALIFYING.test(b.text)).map((b) => [b, [] as Block[]]));
	const items: Array<Span | Block> = [];
	for (const b of inside) {
		const within = b.parents.find((p) => cases.has(p));
		if (within) cases.get(within)!.push(b);
		else if (cases.has(b)) items.push(b);
		else if (!isNumbered(b)) items.push(...sentencesIn(b));
		else if (!hasNumberedChild.has(b) && !(hasChild.has(b) && isLabel(b))) items.push(withoutNumbering(b));
	}
	return items.map((item) => ('node' in item ? withCases(item, cases.get(item)!) : item));
}

/** Items that exclude someone from the call, anywhere: 暂不包括电力企业。 */
function exclusions(blocks: Block[]): Span[] {
	return blocks.flatMap((b) => {
		const body = withoutNumbering(b);
		const m = b.node.data?.numbering !== undefined ? EXCLUSION.exec(body.text) : null;
		return m ? [{ text: m[0], start: body.start }] : [];
	});
}

/** Past this many requirements a text is no notice a person wrote: only exact repeats go. */
const MAX_COMPARED = 200;

/**
 * Drops a requirement said twice: an exact repeat, or one that holds another whole (同一项目不得
 * 重复申请 in an item and again on its own). Comparing every pair is quadratic, so only up to
 * MAX_COMPARED requirements.
 */
function withoutRepeats(items: Span[]): Span[] {
	const seen = new Set<string>();
	const unique = items.filter((a) => !seen.has(a.text) && Boolean(seen.add(a.text)));
	if (unique.length > MAX_COMPARED) return unique;
	return unique.filter((a) => !unique.some((b) => b.text.length < a.text.length && a.text.includes(b.text)));
}

/** Whether a block holds the start of a domain anchor: starts sorted, one binary search. */
function domainTest(starts: number[]): (b: Block) => boolean {
	starts.sort((x, y) => x - y);
	return (b) => {
		let lo = 0;
		let hi = starts.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (starts[mid]! < b.start) lo = mid + 1;
			else hi = mid;
		}
		return lo < starts.length && starts[lo]! < b.start + b.text.length;
	};
}

/** The unified plugin that fills `conditions`. */
export function remarkNoticeConditions() {
	return (_tree: Root, file: VFile) => {
		const blocks = blocksOfFile(file);
		const isDomain = domainTest((file.data.anchors ?? []).filter((a) => a.kind === 'domain').map((a) => a.start));
		const heads = blocks.filter((b) => isSectionHead(b) && !b.parents.some(isSectionHead));
		const fromSections = heads.flatMap((head) => itemsOfSection(blocks, head, isDomain));
		const found = fromSections.length > 0 ? fromSections : sentencesOfApplicant(blocks);
		const items = withoutRepeats([...found, ...exclusions(blocks)]);
		noticeOf(file).conditions = items.map((item, i) => {
			addAnchor(file, 'condition', i, item.start, item.start + item.text.length);
			return { text: item.text };
		});
	};
}
