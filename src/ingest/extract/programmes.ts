/**
 * 项目类别: the programmes a notice calls for, as it names them (国家标准化试点项目,
 * 国家级服务业标准化示范项目, 地方标准制修订项目), without year or 年度. Read, most trusted first:
 * 1. sections or attachments that each set out one programme's requirements, when two or more do
 *    (附件1 2023年度国家高新技术产业标准化试点示范项目申报工作要求, 附件2 …);
 * 2. the title; but when it names one programme and the opening paragraphs list several in one
 *    call, the list: the title's is then their umbrella (国家标准化试点示范项目);
 * 3. the opening paragraphs, for a notice without a title that names one;
 * 4. the calls those paragraphs cite by title, for a forwarding notice that names none itself.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { partOf, withoutNumbering, type Block } from './blocks.ts';
import { blocksOfFile, noticeOf } from './context.ts';
import { citedProgrammes, programmesInPhrase } from './programme-phrase.ts';
import { programmeNames } from './programme-name.ts';

/** A heading that asks for something is not a programme's name: 一、积极组织申报推荐新试点项目. */
const ASKS = /开展|征集|推荐|申报|组织|做好|积极|加强|推进|项目管理|验收|评估/;
const LEADING_YEAR = /^(?:附件\s*\d*[：:]?\s*)?(?:(?:19|20)\d{2}[\s\-—~～至]*){1,2}年度?/;

/** The programme a section heading or attachment title is about, if it names one. */
function programmeOfHeading(block: Block): string | undefined {
	const text = withoutNumbering(block).text.replace(LEADING_YEAR, '');
	const names = programmeNames(text);
	const name = names.length === 1 ? names[0]! : undefined;
	return name && /(?:项目|试点|示范)$/.test(name) && !ASKS.test(name) ? name : undefined;
}

/** Programmes that head sections of their own, when two or more at one level do. */
function bySections(blocks: Block[]): string[] {
	const byLevel = new Map<number, string[]>();
	for (const block of blocks) {
		const heads = block.node.type === 'heading' || (partOf(block) === 'title' && block.node.data?.inAttachment);
		if (!heads || !blocks[block.index + 1]?.parents.includes(block)) continue;
		const name = programmeOfHeading(block);
		if (name) byLevel.set(block.parents.length, [...(byLevel.get(block.parents.length) ?? []), name]);
	}
	return [...byLevel.values()].map(unique).find((names) => names.length >= 2) ?? [];
}

/** The paragraphs before the first heading or numbered item, without header parts. */
function openingParagraphs(blocks: Block[]): Block[] {
	const end = blocks.findIndex((b) => b.node.type === 'heading' || b.node.data?.numbering !== undefined);
	return blocks.slice(0, end < 0 ? blocks.length : end).filter((b) => !partOf(b) && !b.node.data?.inAttachment);
}

/**
 * Each programme once: a name inside another is the same programme said shorter (省地方标准 in
 * 江苏省地方标准项目), so only the longer stays.
 */
function unique(names: string[]): string[] {
	const distinct = [...new Set(names)];
	return distinct.filter((a) => !distinct.some((b) => b !== a && b.includes(a.replace(/项目$/, ''))));
}

/** The programmes of a notice, from its blocks and title. */
export function programmesOf(blocks: Block[], title: string | null | undefined): string[] {
	const sections = bySections(blocks);
	if (sections.length > 0) return sections;
	const opening = openingParagraphs(blocks).map((b) => b.text);
	const calls = opening.flatMap(programmesInPhrase);
	const fromTitle = title ? programmesInPhrase(title).flat() : [];
	const list = calls.find((names) => names.length >= 2);
	if (fromTitle.length > 0) return unique(fromTitle.length === 1 && list ? list : fromTitle);
	if (calls.length > 0) return unique(calls.flat());
	return unique(opening.flatMap(citedProgrammes).flat());
}

/** The unified plugin that fills `programmes`. */
export function remarkNoticeProgrammes() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		notice.programmes = programmesOf(blocksOfFile(file), notice.title);
	};
}
