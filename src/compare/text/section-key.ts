/**
 * What two section headings are compared by: their words, not their numbers or years.
 */

/** An attachment's label heading: 附件, 附件1, 附件 2. It says nothing of the content; its title does. */
export const ATTACHMENT = /^附件\s*\d*$/u;
// A call that rolls over (2025年度 → 2026年度) should not lose its headings' match.
const YEAR = /(?:19|20)\d{2}(?=年)/gu;

/**
 * A heading's alignment key: its words (the outline number is ingest's data, not part of them),
 * years masked, spacing dropped; an attachment label is keyed by the attachment's title.
 * @param heading The heading as printed (empty for the preamble).
 * @param words The heading without its outline number.
 * @param caption The title line right under it, if any.
 * @example sectionKey('附件2', '附件2', '2023年度国家级服务业标准化示范项目申报工作要求')
 * // '附件#年度国家级服务业标准化示范项目申报工作要求'
 */
export function sectionKey(heading: string, words: string, caption: string | null): string {
	const key = ATTACHMENT.test(heading) ? `附件${caption ?? ''}` : words;
	return key.replace(YEAR, '#').replace(/\s+/gu, '');
}
