/**
 * The facts a notice page shows as 沿用上级通知 (issue 13, point 4): what the effective facts
 * carry from the calls the notice forwards, each with the call it comes from and a link to the
 * sentence there (`/notices/national-2026-pilot-call/#domain-6`).
 */
import { effectiveFacts, type EffectiveFacts, type Sourced } from '../../compare/inherit/effective-facts.ts';
import { recordById } from '../../compare/inherit/forwarded-calls.ts';
import type { DomainTaxonomy } from '../../compare/types.ts';
import { noticePath } from '../../format/paths.ts';
import { factId } from '../../schemas/fact.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';

type Domain = NoticeRecord['domains'][number];

/** A carried fact, the notice that states it and the link to its sentence there. */
export interface CarriedItem<T> {
	value: T;
	from: NoticeRecord;
	href: string;
}

/** What a notice page shows as carried, by card. */
export interface CarriedFacts {
	/** Domains the notice does not name. */
	domains: CarriedItem<Domain>[];
	/**
	 * Focus items carried into a domain the notice names, with that domain's index in the record
	 * (a list, not a Map, so the page's cache key, a JSON hash, covers it).
	 */
	focus: (CarriedItem<string[]> & { index: number })[];
	conditions: CarriedItem<NoticeRecord['conditions'][number]>[];
	programmes: CarriedItem<string>[];
	period: CarriedItem<NonNullable<NoticeRecord['period']>> | null;
}

/** The link to a fact of `from`: its sentence when the record lists it, else the notice. */
function hrefTo(from: NoticeRecord, kind: string, index: number): string {
	return noticePath(from.id) + (index < 0 ? '' : `#${factId(kind, index)}`);
}

/**
 * The carried part of effective facts, resolved to the stating notices; ids not among `records` are skipped.
 * @param facts A notice's effective facts.
 * @param records All notices.
 * @example carriedFacts(effectiveFacts(liaoning2026, records), records).period?.from.id // 'national-2026-pilot-call'
 */
export function carriedFacts(facts: EffectiveFacts, records: readonly NoticeRecord[]): CarriedFacts {
	const item = <T>(value: T, id: string | null, kind: string, at: (r: NoticeRecord) => number): CarriedItem<T>[] => {
		const from = id === null ? undefined : recordById(id, records);
		return from === undefined ? [] : [{ value, from, href: hrefTo(from, kind, at(from)) }];
	};
	const sourced = <T>(s: Sourced<T>, kind: string) => item(s.value, s.from, kind, () => s.at);
	const focus = facts.domains.flatMap((d, index) => {
		if (d.from !== null || d.carried.length === 0) return [];
		// The call names the domain its own way (农业农村领域): its focus items say which one.
		const at = (r: NoticeRecord) => r.domains.findIndex((u) => d.carried.every((f) => u.focus.includes(f)));
		return item(d.carried, d.carriedFrom, 'domain', at).map((carried) => ({ ...carried, index }));
	});
	return {
		domains: facts.domains.flatMap((d) => sourced(d, 'domain')),
		focus,
		conditions: facts.conditions.flatMap((c) => sourced(c, 'condition')),
		// A programme's name is not marked in the text: the link goes to the notice.
		programmes: facts.programmes.flatMap((p) => item(p.value, p.from, 'programme', () => -1)),
		period: facts.period === null ? null : (sourced(facts.period, 'period')[0] ?? null),
	};
}

/**
 * What a notice carries from the calls it forwards, ready for its page.
 * @param record A notice.
 * @param records All notices.
 * @param taxonomy The canonical domains.
 */
export function carriedFactsOf(record: NoticeRecord, records: readonly NoticeRecord[], taxonomy: DomainTaxonomy): CarriedFacts {
	return carriedFacts(effectiveFacts(record, records, taxonomy), records);
}
