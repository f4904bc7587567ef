/**
 * 申报材料: what an applicant prepares, read from a notice with general rules: attachments that
 * are forms (申报书, 推荐函, 申请表…), forms the text names in 《》 or in passing (打印申请表),
 * and a credit record when it sets one as a condition (信用报告, 信用中国). Never any notice's
 * wording.
 */
import { attachmentKind } from '../../ingest/extract/attachment-kind.ts';
import { t } from '../../i18n/t.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';

/** One thing to prepare. */
export interface Material {
	/** As the notice names it: `国家标准化试点项目申报书`, `推荐函`, `信用信息报告`. */
	name: string;
	/** Its index among the record's attachments when the notice attaches it, else null. */
	attachment: number | null;
	/** Where to get it, when the notice says: `可在“信用中国”、“国家企业信用信息公示系统”查询`. */
	note: string | null;
}

// Kinds of document (attachmentKind) an applicant or a recommending bureau fills in. Self-
// evaluation forms (自评表, 评价表) belong to the end of the pilot, not to the application.
const FORMS = new Set([
	...['申报书', '推荐书', '任务书', '承诺书', '函', '模板'],
	...['申报表', '推荐表', '汇总表', '一览表', '信息表', '表'],
]);
const QUOTED = /《([^《》]{2,60})》/gu;
// A form named in passing, without 《》: 在线打印申请表.
const FORM_WORD = /申报书|申请书|申报表|申请表|推荐表|承诺书|任务书|推荐(?:公)?函/gu;
const CREDIT_REPORT = /信用(?:信息)?报告/u;
const CREDIT = /信用(?:记录|信息|情况|良好)|失信/u;
// The two national credit systems notices send applicants to.
const CREDIT_SYSTEM = /信用中国|(?:国家)?企业信用信息公示系统/gu;
// Whitespace, 《》 and a trailing gloss (（示例）) do not make another document.
const bare = (title: string): string => title.replace(/[\s《》]|[（(][^（）()]*[)）]$/gu, '');

function creditMaterial(text: string): Material | null {
	const name = CREDIT_REPORT.exec(text)?.[0] ?? (CREDIT.test(text) ? t('materials.credit') : null);
	if (name === null) return null;
	const systems = [...new Set(text.match(CREDIT_SYSTEM) ?? [])].map((s) => `“${s}”`);
	const note = systems.length > 0 ? t('materials.creditWhere', { systems: systems.join('、') }) : null;
	return { name, attachment: null, note };
}

/**
 * The materials a notice asks applicants to prepare, attachments first, then in reading order.
 * @param record The notice's attachments.
 * @param paragraphs The notice's text, paragraph by paragraph.
 * @example applicationMaterials({ attachments: [{ no: 1, title: '关于推荐国家标准化试点项目的函（示例）' }] },
 *   ['承担单位将《国家标准化试点项目申请表》报送至…'])
 * // [{ name: '关于推荐国家标准化试点项目的函（示例）', attachment: 0, note: null },
 * //  { name: '国家标准化试点项目申请表', attachment: null, note: null }]
 */
export function applicationMaterials(
	record: Pick<NoticeRecord, 'attachments'>,
	paragraphs: readonly string[],
): Material[] {
	const materials: Material[] = [];
	const add = (material: Material) => {
		if (!materials.some((m) => bare(m.name) === bare(material.name))) materials.push(material);
	};
	record.attachments.forEach(({ title }, index) => {
		if (FORMS.has(attachmentKind(title))) add({ name: title, attachment: index, note: null });
	});
	const text = paragraphs.join('\n');
	for (const [, title = ''] of text.matchAll(QUOTED)) {
		if (FORMS.has(attachmentKind(title))) add({ name: title, attachment: null, note: null });
	}
	for (const [word] of text.matchAll(FORM_WORD)) {
		// Already there under a longer name (国家标准化试点项目申请表) or as the same kind of form.
		const kind = attachmentKind(word);
		const known = materials.some((m) => bare(m.name).endsWith(word) || attachmentKind(m.name) === kind);
		if (!known) add({ name: word, attachment: null, note: null });
	}
	const credit = creditMaterial(text);
	if (credit !== null) add(credit);
	return materials;
}
