/**
 * Who prepares a kind of material, read from the end of its name: a recommending bureau writes its
 * letter (推荐函, 公函, 公文) and its opinion (推荐意见); an applicant fills in its application (申报书, 申请表), pledge (承诺书), task
 * book (任务书), plan (实施方案), supporting documents (证明材料) and credit report. A form either may
 * fill (推荐表, 信息表, 表) or a list of projects (汇总表, 汇总清单) is `either`.
 * Self-evaluation forms (自评表, 评价表) belong to the end of a pilot, not to the application.
 */
import type { Party } from '../../schemas/notice.ts';

const RECOMMENDER = /(?:函|公文|推荐(?:部门)?意见)$/u;
const APPLICANT = /(?:申报书|申请书|申报表|申请表|承诺书|任务书|实施方案|证明材料|信用(?:信息)?报告)$/u;
// A list of what is put forward (汇总表, 汇总清单, 一览表) is a bureau's where bureaus recommend, but
// an applicant's own where it sums up its several applications: its sentence or addressees say.
const EITHER = /(?:推荐书|推荐表|信息表|模板|表|汇总清单|项目清单)$/u;
const NOT_APPLICATION = /(?:自评|评价|评估)表$/u;
// A trailing gloss is not the name: （示例）, （2025年度）, (样表).
const GLOSS = /\s*[（(][^（）()]*[)）]\s*$/u;

/**
 * Who prepares a material of this name: a party, `either`, or null when the name is not a
 * material to prepare (a notice, a guide, a self-evaluation form).
 * @param name The material's name as written.
 * @example materialKind('关于推荐国家标准化试点项目的函（示例）') // 'recommender'
 * @example materialKind('国家标准化试点项目申报书') // 'applicant'
 * @example materialKind('国家标准化试点项目自评表') // null
 */
export function materialKind(name: string): Party | 'either' | null {
	const bare = name.replace(GLOSS, '').trim();
	if (NOT_APPLICATION.test(bare)) return null;
	if (RECOMMENDER.test(bare)) return 'recommender';
	if (APPLICANT.test(bare)) return 'applicant';
	return EITHER.test(bare) ? 'either' : null;
}
