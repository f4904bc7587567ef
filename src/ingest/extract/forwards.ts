/**
 * 转发的上级通知: the call a notice forwards. A provincial notice carries out a national call it
 * names in its opening (按照《国家标准委关于征集…的通知》（国标委发〔2026〕23号）要求) or attaches
 * (附件1. 国家标准化管理委员会关于征集…的通知). Only the name is found here; which notice of the
 * corpus it is, the site works out from the records.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { factId } from '../../schemas/fact.ts';
import { addAnchor, blocksOfFile, noticeOf } from './context.ts';

type Forwards = NoticeRecord['forwards'];

// 按照《…通知》（文号）要求: the verb says the notice acts on the call, not that it merely cites it
// (为贯彻落实《国家标准化发展纲要》 names a plan, not a call, and has no 通知 in its title).
const CITED = /(?:按照|根据|依据|落实|转发)[^。；]{0,20}?《([^《》]{4,120}?通知)》(?:[（(]([^（）()]{2,30}?〔\d{4}〕\d+号)[）)])?/u;
// A call asks for projects: 关于征集/申报/推荐…试点项目的通知. 关于印发…办法的通知 issues rules, and
// 关于推进…措施的通知 a policy: a notice acts on those, it does not forward them.
const CALL_TITLE = /^(?!.*印发).*(?:征集|申报|推荐|试点|示范).*通知$/u;
const SPACES = /\s+/gu;
const bareOf = (text: string): string => text.replace(SPACES, '');

/** A text and where it starts in the logical text. */
interface Located {
	text: string;
	start: number;
}

/** The call found and where the notice names it: `[start, end)`, the page's `forward-0` mark. */
export interface FoundCall {
	forwards: NonNullable<Forwards>;
	start: number;
	end: number;
}

/**
 * The call a notice names in its own text (not in an attachment's), first; else the first
 * attachment that is itself a notice. Its own title never counts (a sample letter quotes it).
 * @param blocks The notice's blocks.
 * @param own The notice's own title.
 * @param attachments Its attachment titles, in order, each with the span where the list names it.
 * @example forwardsOf([{ text: '按照《甲关于乙的通知》（国标委发〔2026〕23号）要求', start: 0 }], null, [])
 * // { forwards: { docNumber: '国标委发〔2026〕23号', title: '甲关于乙的通知' }, start: 0, end: 26 }
 */
export function forwardsOf(
	blocks: readonly (Located & { inAttachment?: boolean })[],
	own: string | null,
	attachments: readonly (Located & { end: number })[],
): FoundCall | null {
	const ownKey = own === null ? undefined : bareOf(own);
	for (const block of blocks) {
		if (block.inAttachment === true) continue;
		const m = CITED.exec(block.text);
		const title = m?.[1] === undefined ? undefined : bareOf(m[1]);
		if (m && title !== undefined && title !== ownKey && CALL_TITLE.test(title)) {
			const start = block.start + m.index;
			return { forwards: { docNumber: m[2] === undefined ? null : bareOf(m[2]), title }, start, end: start + m[0].length };
		}
	}
	const attached = attachments.find((a) => CALL_TITLE.test(bareOf(a.text)) && bareOf(a.text) !== ownKey);
	return attached === undefined
		? null
		: { forwards: { docNumber: null, title: bareOf(attached.text) }, start: attached.start, end: attached.end };
}

/** The unified plugin that fills `forwards` and marks its sentence; runs after the attachments. */
export function remarkNoticeForwards() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const blocks = blocksOfFile(file).map((b) => ({ text: b.text, start: b.start, inAttachment: b.node.data?.inAttachment === true }));
		// An attachment's title where the list names it: the mark the attachments plugin left there
		// (without one, an empty span, which marks nothing).
		const attachments = (notice.attachments ?? []).map((a, i) => {
			const mark = file.data.anchors?.find((m) => m.id === factId('attachment', i));
			return { text: a.title, start: mark?.start ?? 0, end: mark?.end ?? 0 };
		});
		const found = forwardsOf(blocks, notice.title ?? null, attachments);
		notice.forwards = found?.forwards ?? null;
		if (found !== null) addAnchor(file, 'forward', 0, found.start, found.end);
	};
}
