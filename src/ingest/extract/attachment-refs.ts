/**
 * Attachments named in the body, for a page cut before its attachment list or a notice without
 * one: 《…申报书》（附件1）, 《…办法》（以下简称《办法》，见附件1）, 汇总表（见附件2）,
 * 填写附件5汇总表, and the document a notice issues (现将《…指南》印发给你们).
 */
import type { ListedAttachment } from '../segment/attachment-list.ts';

// What an attachment is: a form, a letter, a plan, a list… (申请表, 申报书, 实施方案, 通知).
const NOUN = '(?:表|书|证明|方案|办法|通知|指南|清单|模板|函|目录|报告|名单|细则|稿|材料)';
const DOCUMENT = new RegExp(`${NOUN}[）)]?$`);
// 《title》, an optional （以下简称…） aside, then （附件1） or （…，见附件1）.
const QUOTED = /《([^《》]{2,100})》(?:[（(]以下简称[^（）()]{0,20}[）)])?[（(](?:[^（）()]{0,30}?[，,；;]\s*)?(?:详见|参见|见)?\s*附件\s*(\d{1,2})?\s*(?:[，,；;][^（）()]{0,30})?[）)]/g;
// A bare title right before （见附件1）: 汇总表（见附件1）; its start is the last break before it.
const BARE = /([^，,。；;：:、（）()《》\s]{2,60})[（(](?:[^（）()]{0,10}?[，,]\s*)?(?:详见|参见|见)?\s*附件\s*(\d{1,2})\s*[）)]/g;
const LEAD_VERB = /^.*?(?:填写|填报|提交|提供|报送|上传|详见|参见|见|附)/;
// 填写附件5汇总表报市局: the number before the title, which ends at its document noun.
const NUMBER_FIRST = new RegExp(`附件\\s*(\\d{1,2})\\s*([^，,。；;：:、（）()《》\\s\\d]{1,28}?${NOUN})`, 'g');
const ISSUED = /《([^《》]{2,100})》(?:[（(][^（）()]{0,40}[）)])?[，,]?\s*(?:现)?(?:印发|转发)给你们/;

/**
 * The attachments a body text names, each with its number when given.
 * @param text a block's text
 * @param offset the block's offset in the logical text
 * @example attachmentRefs('请填写《申报书》（附件1）。', 0) // [{ no: 1, title: '申报书', start: 4, end: 7 }]
 */
export function attachmentRefs(text: string, offset: number): ListedAttachment[] {
	if (!text.includes('附件') && !text.includes('给你们')) return [];
	const out: ListedAttachment[] = [];
	const add = (title: string, no: string | undefined, at: number) =>
		out.push({ no: no === undefined ? null : Number(no), title, start: offset + at, end: offset + at + title.length });
	for (const m of text.matchAll(QUOTED)) add(m[1]!, m[2], m.index + 1);
	for (const m of text.matchAll(BARE)) {
		const title = m[1]!.replace(LEAD_VERB, '');
		if (DOCUMENT.test(title) && !title.includes('附件') && !out.some((o) => o.no === Number(m[2]))) add(title, m[2], m.index + m[0].indexOf(title));
	}
	for (const m of text.matchAll(NUMBER_FIRST)) add(m[2]!, m[1], m.index + m[0].length - m[2]!.length);
	const issued = ISSUED.exec(text);
	if (issued && !out.some((o) => o.title === issued[1])) add(issued[1]!, undefined, issued.index + 1);
	return out;
}
