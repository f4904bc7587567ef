/**
 * Whether a body a sentence names is the issuer itself, so that handing materials to it (or a
 * date it must keep) is not a lower bureau's step: named among the issuers, 本/我, or its level's
 * own bureau as notices abbreviate it (省市场监管局 in a 辽宁省 notice, 市市场监管委 in a 天津市 one).
 */
import type { NoticeRecord } from '../../schemas/notice.ts';

/** The national level's own bodies. */
const NATIONAL_SELF = /国家标准|标准化管理委员会|市场监管总局|国家市场监督管理总局/u;

/**
 * True when `body` is the notice's issuer.
 * @param body A body as the sentence writes it.
 * @param record The notice's issuers and jurisdiction.
 * @example isIssuerBody('省市场监管局', { issuers: ['辽宁省市场监督管理局'], jurisdiction: { level: 'provincial', name: '辽宁省', parent: null } }) // true
 */
export function isIssuerBody(body: string, record: Pick<NoticeRecord, 'issuers' | 'jurisdiction'>): boolean {
	if (record.issuers.some((issuer) => issuer.includes(body) || body.includes(issuer))) return true;
	if (/^[本我]/u.test(body)) return true;
	if (record.jurisdiction.level === 'national') return NATIONAL_SELF.test(body);
	const own = record.jurisdiction.name.slice(-1);
	return body.startsWith(`${own}市场监`) || body.startsWith(`${own}标准化`);
}
