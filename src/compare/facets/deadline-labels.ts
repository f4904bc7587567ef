/**
 * How the comparison names a deadline: by what is due (the `kind` ingest wrote) and, when the
 * clause says, who must act, so 申报截止日期 (an applicant's) and 推荐截止日期 (a bureau's) read apart.
 */
import { t } from '../../i18n/t.ts';
import type { DeadlineKind, Party } from '../../schemas/notice.ts';

/**
 * The action a deadline sets a date for: `报送申报材料`, `推荐上报`, `提交年度报告`.
 * @param kind The deadline's kind.
 * @param party Who the date binds, null when the clause does not say.
 * @example deadlineAction('report', null) // '提交年度报告'
 */
export function deadlineAction(kind: DeadlineKind, party: Party | null): string {
	return kind === 'submit' && party === 'recommender' ? t('compare.action.recommend') : t(`compare.action.${kind}`);
}

/**
 * The name of a deadline in a sentence about its move: `申报截止日期由5月20日提前至5月15日`.
 * @param kind The deadline's kind.
 * @param party Who the date binds, null when the clause does not say.
 * @example deadlineLabel('submit', 'recommender') // '推荐截止日期'
 */
export function deadlineLabel(kind: DeadlineKind, party: Party | null): string {
	return kind === 'submit' && party === 'recommender' ? t('compare.deadlineOf.recommend') : t(`compare.deadlineOf.${kind}`);
}
