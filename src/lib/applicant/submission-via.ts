/**
 * Whom applications go through before they reach the issuer (逐级推荐): the bureau or department
 * an applicant hands them to, or else the addressees the notice asks to recommend projects.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';

// What a body's name ends in: 区市场监管局, 省级标准化行政主管部门, 各成员单位, …（厅、委）.
const SUFFIX = '(?:市场监管局（厅、委）|市场监督管理局|市场监管局|市场监管委|部门|成员单位)';
// One body, or several joined by 和/或/及/、 (行业主管部门或区市场监管局). Lazy, so it stops at
// the first name ending; characters that start a predicate (将, 于, 对…) end it too.
const BODY = `[^，。；：《》“”将把向对于到至给]{1,30}?${SUFFIX}`;
const BODIES = `${BODY}(?:[和或及、]${BODY})*`;
// Who applies: the subject of sentence (a).
const APPLICANT = /申报单位|承担单位|申报主体|申请单位/u;
// (a) an applicant's sentence hands the application to a body: 报送至…, 提交给…, 后报….
// 填报/申报/汇报 are not handing over, hence the look-behind.
const HANDED_TO = new RegExp(
	`(?<![填申汇通举预])(?:报送|提交|上报|报)(?:至|给|到)?(?:对应的?)?(${BODIES})`,
	'gu',
);
// (b) a sentence whose subject is a body and which asks it to recommend: 请各成员单位…推荐….
const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])/u;
const RECOMMENDER = new RegExp(`^(?:请|由)?(${BODIES})[^。；]*推荐`, 'u');
// The national level's own bodies.
const NATIONAL_SELF = /国家标准|标准化管理委员会|市场监管总局|国家市场监督管理总局/u;

/**
 * True when a body is the issuer itself: named in its issuers, or its level's own bureau as
 * notices abbreviate it (省市场监管局 in a 辽宁省 notice, 市市场监管委 in a 天津市 one).
 */
function isIssuer(body: string, record: Pick<NoticeRecord, 'issuers' | 'jurisdiction'>): boolean {
	if (record.issuers.some((issuer) => issuer.includes(body) || body.includes(issuer))) return true;
	if (/^[本我]/u.test(body)) return true;
	if (record.jurisdiction.level === 'national') return NATIONAL_SELF.test(body);
	const own = record.jurisdiction.name.slice(-1);
	return body.startsWith(`${own}市场监`) || body.startsWith(`${own}标准化`);
}

/**
 * The body applications go through, as written: first where an applicant hands them over,
 * else the first addressee asked to recommend; null when they go straight to the issuer.
 * @param record The notice's issuers and jurisdiction, to tell the issuer from a lower body.
 * @param sentences The notice's sentences in reading order.
 * @example submissionVia({ issuers: ['天津市市场监督管理委员会'], jurisdiction },
 *   ['申报单位盖章后报送区市场监管局。']) // '区市场监管局'
 */
export function submissionVia(
	record: Pick<NoticeRecord, 'issuers' | 'jurisdiction'>,
	sentences: readonly string[],
): string | null {
	for (const sentence of sentences) {
		if (!APPLICANT.test(sentence)) continue;
		for (const [, body = ''] of sentence.matchAll(HANDED_TO)) {
			if (!isIssuer(body, record)) return body;
		}
	}
	for (const sentence of sentences) {
		const body = RECOMMENDER.exec(sentence.replace(NUMBERING, '').trimStart())?.[1];
		if (body !== undefined && !isIssuer(body, record)) return body;
	}
	return null;
}
