/**
 * 转发的上级通知: the call a notice forwards. A provincial notice carries out a national call it
 * names in its opening (按照《国家标准委关于征集…的通知》（国标委发〔2026〕23号）要求) or attaches
 * (附件1. 国家标准化管理委员会关于征集…的通知). Only the name is found here; which notice of the
 * corpus it is, the site works out from the records.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { blocksOfFile, noticeOf } from './context.ts';

type Forwards = NoticeRecord['forwards'];

// 按照《…通知》（文号）要求: the verb says the notice acts on the call, not that it merely cites it
// (为贯彻落实《国家标准化发展纲要》 names a plan, not a call, and has no 通知 in its title).
const CITED = /(?:按照|根据|依据|落实|转发)[^。；]{0,20}?《([^《》]{4,120}?通知)》(?:[（(]([^（）()]{2,30}?〔\d{4}〕\d+号)[）)])?/u;
// A call asks for projects: 关于征集/申报/推荐…试点项目的通知. 关于印发…办法的通知 issues rules, and
// 关于推进…措施的通知 a policy: a notice acts on those, it does not forward them.
const CALL_TITLE = /^(?!.*印发).*(?:征集|申报|推荐|试点|示范).*通知$/u;
const SPACES = /\s+/gu;

/**
 * The call a notice names in its own text (not in an attachment's), first; else the first
 * attachment that is itself a notice. Its own title never counts (a sample letter quotes it).
 * @param blocks The notice's blocks.
 * @param own The notice's own title.
 * @param attachments Its attachment titles, in order.
 * @example forwardsOf([{ text: '按照《甲关于乙的通知》（国标委发〔2026〕23号）要求' }], null, [])
 * // { docNumber: '国标委发〔2026〕23号', title: '甲关于乙的通知' }
 */
export function forwardsOf(
	blocks: readonly { text: string; inAttachment?: boolean }[],
	own: string | null,
	attachments: readonly string[],
): Forwards {
	const ownKey = own?.replace(SPACES, '');
	for (const block of blocks) {
		if (block.inAttachment === true) continue;
		const m = CITED.exec(block.text);
		const title = m?.[1]?.replace(SPACES, '');
		if (m && title !== undefined && title !== ownKey && CALL_TITLE.test(title)) return { docNumber: m[2]?.replace(SPACES, '') ?? null, title };
	}
	const attached = attachments.map((t) => t.replace(SPACES, '')).find((t) => CALL_TITLE.test(t) && t !== ownKey);
	return attached === undefined ? null : { docNumber: null, title: attached };
}

/** The unified plugin that fills `forwards`; runs after the attachments are known. */
export function remarkNoticeForwards() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const blocks = blocksOfFile(file).map((b) => ({ text: b.text, inAttachment: b.node.data?.inAttachment === true }));
		const attachments = (notice.attachments ?? []).map((a) => a.title);
		notice.forwards = forwardsOf(blocks, notice.title ?? null, attachments);
	};
}
