/**
 * A place's notices with those of the places below it (issue 15: a per-place feed or calendar
 * must also tell of a district's notice under its city). Places are tied by `jurisdiction.parent`
 * (v3), the name of the enclosing place; a chain of parents is followed through the places the
 * notices name. The national level holds every place.
 */
import type { NoticeRecord } from '../schemas/notice.ts';

/**
 * The notices of `place` and of every place whose parents lead to it, in the order given.
 * @param place A jurisdiction name of some notice (`重庆市`, `全国`).
 * @param records Every notice.
 * @example placeNotices('重庆市', records).map((r) => r.jurisdiction.name) // ['重庆市', '渝北区']
 */
export function placeNotices(place: string, records: readonly NoticeRecord[]): NoticeRecord[] {
	if (records.some((record) => record.jurisdiction.name === place && record.jurisdiction.level === 'national')) return [...records];
	const parentOf = new Map<string, string>();
	for (const { jurisdiction } of records) if (jurisdiction.parent !== null) parentOf.set(jurisdiction.name, jurisdiction.parent);
	const within = (name: string): boolean => {
		// The set guards against a cycle in hand-corrected data; a parent is always a larger place.
		for (let at: string | undefined = name, seen = new Set<string>(); at !== undefined && !seen.has(at); at = parentOf.get(at)) {
			if (at === place) return true;
			seen.add(at);
		}
		return false;
	};
	return records.filter((record) => within(record.jurisdiction.name));
}
