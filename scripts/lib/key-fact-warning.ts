/**
 * The line `npm run ingest` prints for a notice that lacks a key fact (src/schemas/key-facts.ts):
 * the notice is still written, and the line says where to supply the fact. Chinese first, then
 * English, as every message for staff.
 */
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { missingKeyFacts, type KeyFact } from '../../src/schemas/key-facts.ts';

const NAMES: Readonly<Record<KeyFact, { zh: string; en: string }>> = {
	title: { zh: '标题', en: 'title' },
	issuer: { zh: '发文机关', en: 'issuer' },
	submit: { zh: '申报截止日期', en: 'submit deadline' },
	contact: { zh: '联系人', en: 'contact' },
};

/**
 * One warning line for a record, or null when it has every key fact.
 * @param record The record as ingest writes it (after corrections).
 * @example keyFactWarning({ id: 'a', source: { file: 'a.txt', … }, contacts: [], … })
 * // 'a.txt: a: 原文中未找到联系人，已照常写入；可在 content/overrides/a.yaml 中补充 / warning: no contact found; written anyway, supply it in content/overrides/a.yaml'
 */
export function keyFactWarning(record: NoticeRecord): string | null {
	const missing = missingKeyFacts(record);
	if (missing.length === 0) return null;
	const zh = missing.map((fact) => NAMES[fact].zh).join('、');
	const en = missing.map((fact) => NAMES[fact].en).join(', ');
	const override = `content/overrides/${record.id}.yaml`;
	return (
		`${record.source.file}: ${record.id}: 原文中未找到${zh}，已照常写入；可在 ${override} 中补充` +
		` / warning: no ${en} found; written anyway, supply ${missing.length > 1 ? 'them' : 'it'} in ${override}`
	);
}
