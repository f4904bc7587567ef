/**
 * What a lower notice leaves as the call it forwards has it: the facts carried down to it
 * (沿用上级通知：司法行政、民政领域，建设周期2027年—2028年), told last in the summary.
 */
import { formatPeriod } from '../../format/format-period.ts';
import { t } from '../../i18n/t.ts';
import type { EffectiveFacts } from '../inherit/effective-facts.ts';
import { domainLabel } from '../../text/domain-label.ts';
import { capList } from './cap-list.ts';

/**
 * The phrase naming the facts `facts` carries from notice `from`; none when it carries none.
 * @param facts The lower notice's effective facts.
 * @param from The id of the call.
 * @example carriedPhrases(effectiveFacts(liaoning2026, records), 'national-2026-pilot-call')
 * // ['沿用上级通知：司法行政、民政领域，6个领域的重点方向，建设周期2027年—2028年']
 */
export function carriedPhrases(facts: EffectiveFacts, from: string): string[] {
	const domains = facts.domains.filter((d) => d.from === from).map((d) => domainLabel(d.value.name));
	const focus = facts.domains.filter((d) => d.from === null && d.carriedFrom === from).length;
	const conditions = facts.conditions.filter((c) => c.from === from).length;
	const programmes = facts.programmes.filter((p) => p.from === from).map((p) => p.value);
	const parts = [
		...(domains.length > 0 ? [t('compare.carriedDomains', { list: capList(domains) })] : []),
		...(focus > 0 ? [t('compare.carriedFocus', { count: focus })] : []),
		...(conditions > 0 ? [t('compare.carriedConditions', { count: conditions })] : []),
		...(programmes.length > 0 ? [t('compare.carriedProgrammes', { list: capList(programmes) })] : []),
		...(facts.period?.from === from ? [t('compare.carriedPeriod', { period: formatPeriod(facts.period.value) })] : []),
	];
	return parts.length > 0 ? [t('compare.carried', { list: parts.join(t('compare.groupSeparator')) })] : [];
}
