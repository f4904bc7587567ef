/**
 * A notice's 建设周期 for its yearly deadlines (每年11月底前提交年度工作总结): its own, else that of
 * the notice above it in the 申报推荐链. A provincial notice recommending projects to a national
 * call rarely restates the call's period, yet its projects run for exactly that period (issue 15:
 * Liaoning's yearly report repeated forever, though the national call's projects end in 2028).
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { chainParents } from './notice-chain.ts';

type Period = NonNullable<NoticeRecord['period']>;

/**
 * The nearest stated period up the chain, or null when no notice above states one.
 * @param notice The notice with a yearly deadline.
 * @param records Every notice (the chain is derived from all of them).
 * @example constructionPeriod(liaoning2026, records) // { from: 2027, to: 2028 } (from the national call)
 */
export function constructionPeriod(notice: NoticeRecord, records: readonly NoticeRecord[]): Period | null {
	const parents = chainParents(records.includes(notice) ? records : [...records, notice]);
	const seen = new Set<string>();
	for (let at: NoticeRecord | undefined = notice; at !== undefined && !seen.has(at.id); at = parents.get(at.id)?.record) {
		if (at.period !== null) return at.period;
		seen.add(at.id);
	}
	return null;
}
