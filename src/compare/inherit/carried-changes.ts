/**
 * Which facet changes show a fact carried from a forwarded call (issue 13, point 4), so the
 * compare page marks them 沿用上级通知 as the notice page does. The facets compare effective
 * records, whose facts are the very values of the effective facts: a change's value is found there
 * by identity, and with it the notice that states it.
 *
 * Quotas are each level's own and are not carried into the effective facts; but when `b` forwards
 * `a`, a cap of the call that `b` does not restate (总数不超8个) still binds what `b` recommends. It
 * is shown as the call's, carried, never as removed.
 */
import type { CarriedRef, CompareDoc, FacetComparison, QuotaChange } from '../types.ts';
import type { EffectiveFacts, Sourced } from './effective-facts.ts';

type Change<T> = { a: T | null; b: T | null; carried?: CarriedRef };

/** `change` with the source of the value it shows, when that value is carried. */
function marked<T, C extends Change<T>>(change: C, kind: CarriedRef['kind'], list: (facts: EffectiveFacts) => readonly Sourced<T>[], a: CompareDoc, b: CompareDoc): C {
	const [value, facts] = change.b !== null ? [change.b, b.facts] : [change.a, a.facts];
	const found = facts === undefined ? undefined : list(facts).find((s) => s.value === value);
	return found === undefined || found.from === null ? change : { ...change, carried: { from: found.from, kind, index: found.at } };
}

/** A removed cap of the call `a` that `b` forwards: kept, as the call states it. */
function carriedQuota(change: QuotaChange, a: CompareDoc): QuotaChange {
	if (change.status !== 'removed' || change.a === null) return change;
	const carried: CarriedRef = { from: a.record.id, kind: 'quota', index: a.record.quotas.indexOf(change.a) };
	return { ...change, status: 'kept', b: change.a, substantive: false, carried };
}

/**
 * The facet changes with carried facts marked.
 * @param facets The comparison of `a`'s and `b`'s effective records.
 * @param a The reference notice, with its effective facts.
 * @param b The notice compared with it, with its effective facts.
 * @param forwards True when `b` forwards `a` (directly or through the calls it forwards).
 * @example markCarried(facets, national2026, liaoning2026, true).quotas[0]
 * // { status: 'kept', scope: '总数', carried: { from: 'national-2026-pilot-call', kind: 'quota', index: 0 }, … }
 */
export function markCarried(facets: FacetComparison, a: CompareDoc, b: CompareDoc, forwards: boolean): FacetComparison {
	const period = facets.period;
	return {
		...facets,
		domains: facets.domains.map((c) => marked(c, 'domain', (f) => f.domains, a, b)),
		conditions: facets.conditions.map((c) => marked(c, 'condition', (f) => f.conditions, a, b)),
		programmes: facets.programmes.map((c) => marked(c, 'programme', (f) => f.programmes, a, b)),
		period: period === null ? null : marked(period, 'period', (f) => (f.period === null ? [] : [f.period]), a, b),
		quotas: forwards ? facets.quotas.map((c) => carriedQuota(c, a)) : facets.quotas,
	};
}
