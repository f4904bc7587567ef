/**
 * A notice's effective facts (issue 13, point 4): its own domains, conditions, period and
 * programmes, plus those of the calls it forwards that it does not restate, each carried item
 * marked with the id of the notice that states it. Liaoning 2026 forwards national 2026 and names
 * six domains, no period: its effective facts add the call's 司法行政、民政 专项 and 2027—2028.
 *
 * Nothing is dropped on the way down: the records hold no 取消/不再 statements, so a call's fact a
 * lower notice leaves out still binds its applicants. Deadlines, quotas, contacts and attachments
 * are each level's own (a bureau's deadline falls before the call's) and are never carried.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import type { DomainTaxonomy } from '../types.ts';
import { forwardedCalls } from './forwarded-calls.ts';
import { focusNotRestated, holdsDomain, restatesCondition, restatesDomain, sameProgramme } from './restates.ts';

type Domain = NoticeRecord['domains'][number];
type Period = NonNullable<NoticeRecord['period']>;

/** A fact and where it comes from: `from` is null for the notice's own, else the stating notice's id. */
export interface Sourced<T> {
	value: T;
	from: string | null;
	/** Its index in the stating notice's record (`domains[6]`: its sentence is `#domain-6` there). */
	at: number;
}

/** A domain: its focus includes the call's items the notice does not name, listed in `carried`. */
export interface EffectiveDomain extends Sourced<Domain> {
	/** Focus items carried from the call (`carriedFrom`) into a domain the notice names itself. */
	carried: string[];
	carriedFrom: string | null;
}

/** What a notice asks of applicants once the calls it forwards are read into it. */
export interface EffectiveFacts {
	domains: EffectiveDomain[];
	conditions: Sourced<NoticeRecord['conditions'][number]>[];
	programmes: Sourced<string>[];
	period: Sourced<Period> | null;
}

/**
 * A notice's own facts, nothing carried.
 * @param record A notice.
 * @example ownFacts(national2026).period // { value: { from: 2027, to: 2028 }, from: null, at: 0 }
 */
export function ownFacts(record: NoticeRecord): EffectiveFacts {
	const own = <T>(value: T, at: number): Sourced<T> => ({ value, from: null, at });
	return {
		domains: record.domains.map((d, at) => ({ ...own(d, at), carried: [], carriedFrom: null })),
		conditions: record.conditions.map(own),
		programmes: record.programmes.map(own),
		period: record.period === null ? null : own(record.period, 0),
	};
}

/**
 * A notice's effective facts: its own, then what each call it forwards (and they in turn) states
 * and it does not restate.
 * @param record A notice.
 * @param records All notices (the calls are found among them).
 * @param taxonomy The canonical domains, to tell 高技术 and 高新技术 as one.
 * @example effectiveFacts(liaoning2026, records, taxonomy).period // { value: { from: 2027, to: 2028 }, from: 'national-2026-pilot-call', at: 0 }
 */
export function effectiveFacts(
	record: NoticeRecord,
	records: readonly NoticeRecord[],
	taxonomy: DomainTaxonomy = NO_TAXONOMY,
	seen: ReadonlySet<string> = new Set(),
): EffectiveFacts {
	if (seen.size > 0) return factsOf(record, records, taxonomy, seen);
	let byTaxonomy = memo.get(records);
	if (byTaxonomy === undefined) memo.set(records, (byTaxonomy = new WeakMap()));
	let byRecord = byTaxonomy.get(taxonomy);
	if (byRecord === undefined) byTaxonomy.set(taxonomy, (byRecord = new WeakMap()));
	let facts = byRecord.get(record);
	if (facts === undefined) byRecord.set(record, (facts = factsOf(record, records, taxonomy, seen)));
	return facts;
}

const NO_TAXONOMY: DomainTaxonomy = [];

// Each notice's facts over a list and a taxonomy, computed once: the notice pages, comparisons,
// per-notice files and calendars of a build all ask for them over the same shared list
// (loadRecords) and taxonomy (loadTaxonomy). Neither may change once asked about.
const memo = new WeakMap<readonly NoticeRecord[], WeakMap<DomainTaxonomy, WeakMap<NoticeRecord, EffectiveFacts>>>();

function factsOf(record: NoticeRecord, records: readonly NoticeRecord[], taxonomy: DomainTaxonomy, seen: ReadonlySet<string>): EffectiveFacts {
	const path = new Set([...seen, record.id]);
	const calls = forwardedCalls(record, records).filter((call) => !path.has(call.id));
	return calls.reduce(
		(facts, call) => carryDown(facts, stated(effectiveFacts(call, records, taxonomy, path), call.id), taxonomy),
		ownFacts(record),
	);
}

/** A call's effective facts as the lower notice inherits them: its own ones marked with its id. */
function stated(facts: EffectiveFacts, id: string): EffectiveFacts {
	const mark = <T extends Sourced<unknown>>(s: T): T => ({ ...s, from: s.from ?? id });
	return {
		domains: facts.domains.map((d) => ({ ...mark(d), carriedFrom: d.carriedFrom ?? (d.carried.length > 0 ? id : null) })),
		conditions: facts.conditions.map(mark),
		programmes: facts.programmes.map(mark),
		period: facts.period === null ? null : mark(facts.period),
	};
}

/** `own` with what `upper` states and `own` does not restate, facet by facet. */
function carryDown(own: EffectiveFacts, upper: EffectiveFacts, taxonomy: DomainTaxonomy): EffectiveFacts {
	const domains = own.domains.map((d) => {
		if (d.from !== null) return d;
		// The call’s items this one holds: the same fields, or one field of a joined item.
		const matches = upper.domains.filter((u) => holdsDomain(d.value, u.value));
		const carried = [...new Set(matches.flatMap((u) => focusNotRestated(d.value, u.value, taxonomy)))];
		if (carried.length === 0) return d;
		const value = { ...d.value, focus: [...d.value.focus, ...carried] };
		return { ...d, value, carried: [...d.carried, ...carried], carriedFrom: matches[0]!.from };
	});
	const ownDomains = own.domains.map((d) => d.value);
	return {
		domains: [...domains, ...upper.domains.filter((u) => !restatesDomain(ownDomains, u.value))],
		conditions: [
			...own.conditions,
			...upper.conditions.filter((u) => !own.conditions.some((c) => restatesCondition(c.value.text, u.value.text))),
		],
		programmes: [
			...own.programmes,
			...upper.programmes.filter((u) => !own.programmes.some((p) => sameProgramme(p.value, u.value))),
		],
		period: own.period ?? upper.period,
	};
}
