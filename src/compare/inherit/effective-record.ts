/**
 * A record with its effective facts in place of its own, so the facet comparison, written for
 * records, compares what a notice asks once the calls it forwards are read into it.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import type { EffectiveFacts } from './effective-facts.ts';

/**
 * The record with `facts`' domains, conditions, programmes and period.
 * @param record A notice.
 * @param facts Its effective facts.
 * @example effectiveRecord(liaoning2026, effectiveFacts(liaoning2026, records)).period // { from: 2027, to: 2028 }
 */
export function effectiveRecord(record: NoticeRecord, facts: EffectiveFacts): NoticeRecord {
	return {
		...record,
		domains: facts.domains.map((d) => d.value),
		conditions: facts.conditions.map((c) => c.value),
		programmes: facts.programmes.map((p) => p.value),
		period: facts.period?.value ?? null,
	};
}

/**
 * The ids of the notices whose facts `facts` carries, in order of first use.
 * @param facts Effective facts.
 * @example carriedFrom(effectiveFacts(liaoning2026, records)) // ['national-2026-pilot-call']
 */
export function carriedFrom(facts: EffectiveFacts): string[] {
	const ids = [
		...facts.domains.flatMap((d) => [d.from, d.carriedFrom]),
		...facts.conditions.map((c) => c.from),
		...facts.programmes.map((p) => p.from),
		facts.period?.from ?? null,
	];
	return [...new Set(ids.filter((id): id is string => id !== null))];
}
