/**
 * The attachments (附件) facet: attachments of one kind (the `kind` ingest wrote) paired by title,
 * years set aside, so that next year's 关于征集2026年度…的通知 meets this year's 2025年度 one as a
 * roll-over.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { similarity } from '../similarity.ts';
import type { AttachmentChange, DiffOptions } from '../types.ts';
import { diffWordsZh } from '../word-diff.ts';
import { isCosmetic } from './cosmetic.ts';
import { inBOrder } from './in-b-order.ts';
import { pairBest, pairWhere } from './pair.ts';

type Attachment = NoticeRecord['attachments'][number];

/**
 * The lowest similarity (years removed) at which two attachments of the same kind are one.
 * Measured on the seed records: the national call attached in 2025 and 2026 (国家标准化管理委员会
 * → 国家标准委) scores 0.80, and 申报书 against 申请书 0.55; same-kind pairs of different
 * documents do not occur there, so 0.5 only has to beat the calls' shared 国家标准化试点项目.
 */
export const ATTACHMENT_THRESHOLD = 0.5;

const YEARS = /(?:19|20)\d{2}(?:年度|年)?/gu;

/**
 * Compare two notices' attachments.
 * @param a The attachments of `a`.
 * @param b The attachments of `b`.
 * @param options `timeout` for each word diff.
 * @example compareAttachments([{ no: 1, title: '2025年度申报书', kind: '申报书' }], [{ no: 1, title: '2026年度申报书', kind: '申报书' }])[0]?.substantive // false
 */
export function compareAttachments(
	a: readonly Attachment[],
	b: readonly Attachment[],
	options: DiffOptions = {},
): AttachmentChange[] {
	const pairing = pairWhere(a, b, (x, y) => x.title === y.title);
	const score = (x: Attachment, y: Attachment) =>
		// Ingest's kind: two sorts of document are never one renamed (申报书 is not 自评表).
		x.kind === y.kind
			? similarity(x.title.replace(YEARS, ''), y.title.replace(YEARS, ''))
			: 0;
	pairBest(a, b, score, ATTACHMENT_THRESHOLD, pairing);
	return inBOrder(a, b, pairing.edges).map(({ kind, x, y }) => {
		if (kind !== 'paired') return { status: kind, a: x, b: y, substantive: true, redline: null };
		if (x.title === y.title) {
			// Renumbering alone (附件2 → 附件3) is a change, but not one an applicant acts on.
			return { status: x.no === y.no ? 'kept' : 'changed', a: x, b: y, substantive: false, redline: null };
		}
		const redline = diffWordsZh(x.title, y.title, options).parts;
		return { status: 'changed', a: x, b: y, substantive: !isCosmetic(redline), redline };
	});
}
