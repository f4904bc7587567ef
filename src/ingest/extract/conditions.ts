/**
 * 申报条件: the items of a conditions section (申报条件, 基本条件, 试点单位条件…), leaves only when
 * an item introduces sub-items (应当具备下列基本条件：); else the sentences in which the applicant
 * (承担单位, 申报单位…) must have or be something.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { withoutNumbering, type Block } from './blocks.ts';
import { addAnchor, blocksOfFile, noticeOf, sentencesOf, type Span } from './context.ts';

const SECTION = /条件/;
const NOT_SECTION = /保障条件|工作条件|条件保障/;
const APPLICANT_MUST =
	/(?:承担单位|申报单位|申报主体|试点单位|申报企业|申请单位|申报项目)[^，。；]{0,8}?(?:应当?具备|须具备|需具备|应当?具有|应在|应为|应是|必须)|不能作为(?:承担|申报)单位|不得(?:作为|申报)/;

const isSectionHead = (b: Block) => {
	const body = withoutNumbering(b).text;
	return (b.node.type === 'heading' || b.node.data?.numbering !== undefined) && SECTION.test(body) && !NOT_SECTION.test(body) && body.length <= 30 && !/[。；]/.test(body);
};

/** The blocks under `head`: they follow it, one after another, until one is not under it. */
function blocksUnder(blocks: Block[], head: Block): Block[] {
	let end = head.index + 1;
	while (end < blocks.length && blocks[end]!.parents.includes(head)) end++;
	return blocks.slice(head.index + 1, end);
}

function itemsOfSections(blocks: Block[]): Span[] {
	const items: Span[] = [];
	for (const head of blocks.filter(isSectionHead)) {
		if (head.parents.some(isSectionHead)) continue;
		const inside = blocksUnder(blocks, head);
		const numbered = inside.filter((b) => b.node.data?.numbering !== undefined);
		const withItems = new Set(numbered.flatMap((b) => b.parents));
		const leaves = numbered.filter((b) => !withItems.has(b));
		if (leaves.length > 0) items.push(...leaves.map(withoutNumbering));
		else {
			for (const b of inside) items.push(...sentencesOf(withoutNumbering(b), '。').filter((s) => !/[：:]$/.test(s.text)));
		}
	}
	return items;
}

function sentencesOfApplicant(blocks: Block[]): Span[] {
	return blocks
		.filter((b) => b.node.type === 'paragraph' && !b.node.data?.part && !b.node.data?.inAttachment)
		.flatMap((b) => sentencesOf(withoutNumbering(b), '。'))
		.filter((s) => APPLICANT_MUST.test(s.text));
}

/** The unified plugin that fills `conditions`. */
export function remarkNoticeConditions() {
	return (_tree: Root, file: VFile) => {
		const blocks = blocksOfFile(file);
		const fromSections = itemsOfSections(blocks);
		const items = fromSections.length > 0 ? fromSections : sentencesOfApplicant(blocks);
		noticeOf(file).conditions = items.map((item, i) => {
			addAnchor(file, 'condition', i, item.start, item.start + item.text.length);
			return { text: item.text };
		});
	};
}
