/**
 * The summary's deadline phrases: moves first (申报截止日期由8月15日提前至6月30日), then deadlines a
 * notice adds or drops (新增截止日期：每年11月30日前提交年度工作总结). Roll-overs are left out.
 */
import { t } from '../../i18n/t.ts';
import type { DeadlineChange } from '../types.ts';
import { capList } from './cap-list.ts';
import { formatDay, formatMove } from './format-move.ts';

/**
 * Phrases for the substantive deadline changes.
 * @param changes The deadline facet.
 * @example deadlinePhrases(facets.deadlines) // ['申报截止日期由8月15日提前至6月30日']
 */
export function deadlinePhrases(changes: readonly DeadlineChange[]): string[] {
	const substantive = changes.filter((c) => c.substantive);
	const moves = substantive.flatMap(({ status, a, b, label }) => {
		if (status !== 'changed' || a === null || b === null) return [];
		return [label + formatMove(a.date, b.date)];
	});
	const item = (date: string, action: string) => t('compare.deadlineItem', { date: formatDay(date), action });
	const added = substantive.flatMap((c) => (c.status === 'added' && c.b ? [item(c.b.date, c.action)] : []));
	const removed = substantive.flatMap((c) => (c.status === 'removed' && c.a ? [item(c.a.date, c.action)] : []));
	return [
		...moves,
		...(added.length > 0 ? [t('compare.deadlinesAdded', { list: capList(added) })] : []),
		...(removed.length > 0 ? [t('compare.deadlinesRemoved', { list: capList(removed) })] : []),
	];
}
