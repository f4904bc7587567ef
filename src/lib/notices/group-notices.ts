/**
 * Notices grouped the ways the site browses them: by jurisdiction and by year (by domain:
 * domain-groups.ts).
 * Pure functions over records, so pages stay thin and vitest can check them.
 */
import type { Level, NoticeRecord } from '../../schemas/notice.ts';
import { placeKey, placeLabel, placeSlugs } from '../places/place-key.ts';
import { compareJurisdictions, compareNames, compareNotices } from './sort-notices.ts';

/** The notices of one jurisdiction, newest first. */
export interface JurisdictionGroup {
	name: string;
	/** The enclosing place, as the records give it (沈阳市 for 和平区). */
	parent: string | null;
	/** Parent and name, for headings: 沈阳市和平区. */
	label: string;
	level: Level;
	slug: string;
	notices: NoticeRecord[];
}

/** The notices of one programme year, newest first. */
export interface YearGroup {
	year: number;
	notices: NoticeRecord[];
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const group = groups.get(key(item));
		if (group === undefined) groups.set(key(item), [item]);
		else group.push(item);
	}
	return groups;
}

/**
 * Group by place: parent and name, so 天津市和平区 and 沈阳市和平区 are two groups (a place is one
 * whatever level a record gives it; the first record's level wins), national first.
 * @param notices Records in any order (not changed afterwards: the groups of a list are kept).
 */
export function groupByJurisdiction(notices: readonly NoticeRecord[]): JurisdictionGroup[] {
	let groups = jurisdictionGroups.get(notices);
	if (groups === undefined) jurisdictionGroups.set(notices, (groups = jurisdictionGroupsOf(notices)));
	return [...groups];
}

// Grouped once per list: the place pages, feeds and calendars group the same shared list (loadRecords).
const jurisdictionGroups = new WeakMap<readonly NoticeRecord[], JurisdictionGroup[]>();

function jurisdictionGroupsOf(notices: readonly NoticeRecord[]): JurisdictionGroup[] {
	const sorted = [...notices].sort(compareNotices);
	const groups = groupBy(sorted, (notice) => placeKey(notice.jurisdiction));
	const slugs = placeSlugs(sorted.map((notice) => notice.jurisdiction));
	return [...groups]
		.map(([key, members]) => {
			const { name, parent, level } = members[0]?.jurisdiction ?? { name: key, parent: null, level: 'national' as const };
			return { name, parent, label: placeLabel({ name, parent }), level, slug: slugs.get(key) ?? '', notices: members };
		})
		.sort((a, b) => compareJurisdictions(a, b) || compareNames(a.label, b.label));
}

/**
 * Group by programme year, newest year first.
 * @param notices Records in any order.
 */
export function groupByYear(notices: readonly NoticeRecord[]): YearGroup[] {
	const groups = groupBy([...notices].sort(compareNotices), (notice) => notice.year);
	return [...groups]
		.map(([year, members]) => ({ year, notices: members }))
		.sort((a, b) => b.year - a.year);
}

/**
 * The notices each carrier's file carries (their `embeddedIn` is its id), newest first.
 * @param notices All records.
 * @example embeddedByCarrier(all).get('liaoning-2026') // [national2026]
 */
export function embeddedByCarrier(notices: readonly NoticeRecord[]): Map<string, NoticeRecord[]> {
	const carried = Map.groupBy(
		notices.filter((notice) => notice.embeddedIn !== null),
		(notice) => notice.embeddedIn ?? '',
	);
	for (const list of carried.values()) list.sort(compareNotices);
	return carried;
}
