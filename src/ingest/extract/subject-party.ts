/**
 * 责任方 from a sentence's subject: who the words before a fact name as acting. A lower bureau or
 * department (各区市场监管局, 省级标准化行政主管部门, 各成员单位, 各地) is the `recommender`; the body
 * that applies (申报单位, 承担单位, 企业) is the `applicant`; the issuer itself binds neither.
 */
import type { NoticeRecord, Party } from '../../schemas/notice.ts';
import { isIssuerBody } from './issuer-body.ts';

// A bureau or department below the issuer, or the issuer as notices abbreviate it (checked after).
const BUREAU =
	'(?:各|省|市|区|县)[^，。；：、将于]{0,16}?(?:市场监管局(?:（厅、委）)?|市场监督管理局|市场监管委|市场监管部门|主管部门|有关部门|成员单位)|各地(?:区|方)?|各部门|推荐单位|标准化行政主管部门';
const APPLICANT = '申报的?单位|承担单位|申报主体|申请单位|试点单位|项目单位|企业|申请人';
// A body named inside a document's title (《某省市场监督管理局关于…的通知》) is not acting.
const TITLE = /《[^《》]*》/gu;
const SUBJECT = new RegExp(`(${BUREAU})|${APPLICANT}`, 'gu');

/**
 * The party the last subject in `before` names: `issuer` when that is the issuer itself (its own
 * date or step binds no one below it), null when it names none.
 * @param before The words of the sentence before the fact (the date, the material).
 * @param record The notice's issuers and jurisdiction, to tell the issuer from a lower bureau.
 * @example subjectParty('请各区市场监管局', tianjin) // 'recommender'
 * @example subjectParty('承担单位应', tianjin) // 'applicant'
 * @example subjectParty('市市场监管委将', tianjin) // 'issuer'
 */
export function subjectParty(before: string, record: Pick<NoticeRecord, 'issuers' | 'jurisdiction'>): Party | 'issuer' | null {
	let party: Party | 'issuer' | null = null;
	for (const m of before.replace(TITLE, '').matchAll(SUBJECT)) {
		const bureau = m[1];
		party = bureau === undefined ? 'applicant' : isIssuerBody(bureau.replace(/^各/u, ''), record) ? 'issuer' : 'recommender';
	}
	return party;
}
