/**
 * What a lower notice tightens in the call it forwards: an earlier deadline, and the caps it sets
 * (a bureau's own quota narrows the call's; it cannot lift it). Told first, as 收紧：…, and taken out
 * of the facets before the other phrases, so no change is told twice.
 */
import { t } from '../../i18n/t.ts';
import type { DeadlineChange, FacetComparison, QuotaChange } from '../types.ts';
import { capList } from './cap-list.ts';
import { deadlinePhrases } from './deadlines.ts';

const isEarlier = (c: DeadlineChange) => c.substantive && c.status === 'changed' && c.days !== null && c.days < 0;
const isTighter = (c: QuotaChange) =>
	c.substantive && c.b !== null && (c.status === 'added' || (c.status === 'changed' && c.a !== null && c.b.max < c.a.max));

/**
 * Split off the tightenings: the phrase telling them and the facets without them. The call's own
 * caps the notice does not restate still bind the whole (总数不超8个), so they are not told as removed.
 * @param facets The comparison of the call (`a`) with the notice forwarding it (`b`).
 * @example tightened(facets).phrases // ['收紧：截止日期由6月30日提前至5月20日、名额其他地区不超过1个']
 */
export function tightened(facets: FacetComparison): { phrases: string[]; rest: FacetComparison } {
	// A reworded scope reads `试点项目→总数`; the summary tells the new one.
	const cap = (c: QuotaChange) => t('compare.quotaCap', { scope: c.scope.split('→').at(-1) ?? c.scope, max: c.b?.max ?? 0 });
	const caps = facets.quotas.filter(isTighter).map(cap);
	const parts = [
		...deadlinePhrases(facets.deadlines.filter(isEarlier)),
		...(caps.length > 0 ? [t('compare.quotasTightened', { list: capList(caps) })] : []),
	];
	const rest = {
		...facets,
		deadlines: facets.deadlines.filter((c) => !isEarlier(c)),
		quotas: facets.quotas.filter((c) => !isTighter(c) && c.status !== 'removed'),
	};
	const phrases = parts.length > 0 ? [t('compare.tightened', { list: parts.join(t('compare.groupSeparator')) })] : [];
	return { phrases, rest };
}
