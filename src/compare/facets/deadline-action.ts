/**
 * What a deadline is for, read from the clause that sets it, so that two notices' deadlines meet
 * by what is due rather than by date: 于8月15日前将…申报材料报送… and 申报截止日期：5月15日 are
 * both the date applications are due.
 */

/** The action of the call's own closing date: applications (申报材料, 推荐函…) are due. */
export const SUBMISSION = '报送申报材料';

// First rule that fits wins. The order matters: a clause that asks for the yearly report often
// also names the self-evaluation that follows (…提交年度工作总结，建设期满后应开展自我评价…), and a
// self-evaluation clause also says where to send the 总结材料.
const ACTIONS: readonly (readonly [RegExp, string])[] = [
	[/年度(?:工作)?总结|年度(?:工作)?报告|年度进展/u, '提交年度工作总结'],
	[/自我评价|自评/u, '完成自我评价'],
	[/中期(?:评估|检查)/u, '接受中期评估'],
	[/总结材料|验收/u, '提交总结材料'],
	// The call's own closing date, whatever is sent: 申报材料, 推荐函, 申请书, or just 申报截止.
	[/(?:申报|推荐|申请)(?:材料|书|函|表)|推荐函|申报(?:工作)?截止|截止申报/u, SUBMISSION],
	[/材料.{0,30}?(?:报送|报至|上传|提交|上报|寄送|递交)/u, SUBMISSION],
	[/(?:报送|上传|提交|上报|寄送|递交)[^，。；]{0,10}材料/u, SUBMISSION],
	[/推荐/u, '推荐'],
	[/申报/u, SUBMISSION],
];

// Otherwise the words after the date's 前: 于6月1日前完成现场核查 → 完成现场核查.
const AFTER_BEFORE = /前(?:将|把|向)?([^，。；：,;:（）()]{2,12})/u;

/**
 * The action a deadline clause sets a date for, as short as the clause allows; `截止` when it
 * names none.
 * @param text The clause that sets the deadline.
 * @example deadlineAction('请于2026年6月30日前将推荐的试点项目申报材料上传至系统') // '报送申报材料'
 * @example deadlineAction('承担单位应于每年11月底前提交年度工作总结') // '提交年度工作总结'
 */
export function deadlineAction(text: string): string {
	for (const [pattern, action] of ACTIONS) if (pattern.test(text)) return action;
	return AFTER_BEFORE.exec(text)?.[1] ?? '截止';
}
