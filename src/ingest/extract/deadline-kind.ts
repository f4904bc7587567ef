/**
 * What a deadline is for (record v3 `deadlines[].kind`), read from the clause that sets it:
 * `report` for periodic reports during a project (年度工作总结, 中期评估), `evaluate` for
 * self-evaluation, acceptance or closing material (自评报告, 验收, 总结材料), `submit` for handing in
 * or recommending applications for this call, else `other`.
 */
import type { DeadlineKind } from '../../schemas/notice.ts';

// First rule that fits wins. The order matters: a clause that asks for the yearly report often also
// names the self-evaluation that follows, and a self-evaluation clause says where the 总结材料 go.
const KINDS: readonly (readonly [RegExp, DeadlineKind])[] = [
	[/年度(?:工作)?总结|年度(?:工作|进展)?报告|年度进展|中期(?:评估|检查|报告)/u, 'report'],
	[/自我评价|自评|验收|总结材料|期满评估|评估材料/u, 'evaluate'],
	[/(?:申报|推荐|申请)(?:材料|书|函|表|工作|项目|清单)|推荐函|截止申报|申报截止|报名|受理/u, 'submit'],
	[/材料.{0,30}?(?:报送|报至|上传|提交|上报|寄送|递交|报)/u, 'submit'],
	[/(?:报送|上传|提交|上报|寄送|递交)[^，。；]{0,10}(?:材料|清单|汇总表)/u, 'submit'],
	[/申报|推荐|征集|申请/u, 'submit'],
	// A bare closing date in a call (截止时间为3月20日) is the call's own.
	[/截止(?:时间|日期)|截至/u, 'submit'],
	// Handing something in, once reports and self-evaluations are ruled out, is the call's own.
	[/报送|上传|提交|上报|递交|寄送|报至/u, 'submit'],
];

/**
 * The kind of a deadline from its clause.
 * @param text the clause that sets the deadline
 * @example deadlineKind('请于2026年6月30日前将推荐的试点项目申报材料上传至系统') // 'submit'
 * @example deadlineKind('承担单位应于每年11月底前提交年度工作总结') // 'report'
 */
export function deadlineKind(text: string): DeadlineKind {
	for (const [pattern, kind] of KINDS) if (pattern.test(text)) return kind;
	return 'other';
}
