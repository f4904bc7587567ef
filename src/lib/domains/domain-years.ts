/**
 * Domains by year (领域 × 年度): which jurisdictions' calls name each domain each year, and where
 * a domain enters or leaves a jurisdiction's calls compared with its previous call.
 */
import type { DomainTaxonomy } from '../../compare/types.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { groupByDomain } from './domain-groups.ts';
import { placeKey } from '../places/place-key.ts';
import { compareJurisdictions } from '../notices/sort-notices.ts';

/**
 * 新增: named this year, not in the jurisdiction's previous call year; 移出: named in the previous
 * call year, not this one.
 */
export type DomainChangeMark = 'added' | 'removed';

/** One jurisdiction in one cell. */
export interface DomainYearEntry {
	jurisdiction: NoticeRecord['jurisdiction'];
	/** The notices naming the domain; for `removed`, that year's calls that no longer do. */
	notices: NoticeRecord[];
	mark: DomainChangeMark | null;
}

/** One domain across the years: a list of entries per year, in `years` order. */
export interface DomainYearRow {
	key: string;
	name: string;
	slug: string;
	canonical: boolean;
	cells: DomainYearEntry[][];
}

export interface DomainYears {
	/** Every year with a call, oldest first. */
	years: number[];
	rows: DomainYearRow[];
}

/** A jurisdiction's calls: notices that list domains, by year. */
interface Place {
	jurisdiction: NoticeRecord['jurisdiction'];
	/** Its call years, oldest first. */
	years: number[];
	calls: Map<number, NoticeRecord[]>;
}

/** Jurisdictions with calls, national first; a notice listing no domains is not a call. */
function placesOf(notices: readonly NoticeRecord[]): Place[] {
	const places = new Map<string, Place>();
	for (const notice of notices.filter((n) => n.domains.length > 0)) {
		const { jurisdiction, year } = notice;
		const place = places.get(placeKey(jurisdiction)) ?? { jurisdiction, years: [], calls: new Map() };
		place.calls.set(year, [...(place.calls.get(year) ?? []), notice]);
		place.years = [...place.calls.keys()].sort((a, b) => a - b);
		places.set(placeKey(jurisdiction), place);
	}
	return [...places.values()].sort((a, b) => compareJurisdictions(a.jurisdiction, b.jurisdiction));
}

/** A place's entry for a domain in a year, compared with its previous call year; null if none. */
function entryFor(place: Place, year: number, naming: Set<string>): DomainYearEntry | null {
	const calls = place.calls.get(year);
	if (calls === undefined) return null;
	const previousYear = place.years[place.years.indexOf(year) - 1];
	const previous = previousYear === undefined ? undefined : place.calls.get(previousYear);
	const wasNamed = previous?.some((notice) => naming.has(notice.id));
	const named = calls.filter((notice) => naming.has(notice.id));
	const { jurisdiction } = place;
	if (named.length > 0) {
		return { jurisdiction, notices: named, mark: wasNamed === false ? 'added' : null };
	}
	return wasNamed === true ? { jurisdiction, notices: calls, mark: 'removed' } : null;
}

/**
 * Build the domain × year view. A jurisdiction's call is compared with its own previous call
 * (national with national, 辽宁省 with 辽宁省), never with another place's.
 * @param notices Records in any order.
 * @param taxonomy The canonical domains.
 */
export function domainYears(
	notices: readonly NoticeRecord[],
	taxonomy: DomainTaxonomy,
): DomainYears {
	const places = placesOf(notices);
	const years = [...new Set(places.flatMap((place) => place.years))].sort((a, b) => a - b);
	const rows = groupByDomain(notices, taxonomy).map(({ key, name, slug, canonical, mentions }) => {
		const naming = new Set(mentions.map((mention) => mention.notice.id));
		const cells = years.map((year) =>
			places.flatMap((place) => entryFor(place, year, naming) ?? []),
		);
		return { key, name, slug, canonical, cells };
	});
	return { years, rows };
}
