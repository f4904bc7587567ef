/**
 * A credit report as a material: where a notice asks for one (上传信用信息报告), the applicant
 * prepares it, and the notice often names the national systems that give it. A condition alone
 * (无不良信用记录) asks for no document, so it makes no material.
 */
import { t } from '../../i18n/t.ts';
import type { Span } from './context.ts';

const CREDIT_REPORT = /信用(?:信息)?报告/u;
// The two national credit systems notices send applicants to.
const CREDIT_SYSTEM = /信用中国|(?:国家)?企业信用信息公示系统/gu;

/**
 * The credit report a notice names, with where to get it (the systems its sentence names) and the
 * sentence.
 * @param sentences The notice's body sentences in reading order.
 * @example creditMaterial([{ text: '上传信用信息报告。', start: 0 }])
 * // { name: '信用信息报告', note: null, sentence: { text: '上传信用信息报告。', start: 0 } }
 */
export function creditMaterial(sentences: readonly Span[]): { name: string; note: string | null; sentence: Span } | null {
	const sentence = sentences.find((s) => CREDIT_REPORT.test(s.text));
	if (sentence === undefined) return null;
	const name = CREDIT_REPORT.exec(sentence.text)![0];
	const systems = [...new Set(sentence.text.match(CREDIT_SYSTEM) ?? [])].map((s) => `“${s}”`);
	const note = systems.length > 0 ? t('materials.creditWhere', { systems: systems.join('、') }) : null;
	return { name, note, sentence };
}
