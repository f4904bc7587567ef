/**
 * Which pairs of notices get a pre-rendered comparison page (/compare/<a>/<b>/): the comparisons
 * staff ask for first. Any other pair is one click away in the browser picker.
 */
import type { NoticeRecord } from '../schemas/notice.ts';
import { LEVELS } from './level-label.ts';

/** Why a pair is natural, most specific first. */
export type PairReason = 'carrier' | 'implements' | 'yearOverYear' | 'sameYear' | 'corpus';

/** A pair to compare: `a` is the older or higher-level notice. */
export interface NoticePair {
	a: string;
	b: string;
	reasons: PairReason[];
}

/** Below this many notices every pair is pre-rendered (435 pages at 30). */
export const ALL_PAIRS_LIMIT = 30;

/**
 * Older first; in the same year the higher level (national before local), then by id.
 * @param a A record.
 * @param b Another record.
 */
export function pairOrder(a: NoticeRecord, b: NoticeRecord): number {
	return (
		a.year - b.year ||
		LEVELS.indexOf(a.jurisdiction.level) - LEVELS.indexOf(b.jurisdiction.level) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** The reasons a pair of records is worth comparing, none when it is not. */
function reasonsFor(a: NoticeRecord, b: NoticeRecord): PairReason[] {
	const reasons: PairReason[] = [];
	if (a.embeddedIn === b.id || b.embeddedIn === a.id) reasons.push('carrier');
	// A local notice of a programme year implements that year's national call.
	const levels = [a.jurisdiction.level, b.jurisdiction.level];
	if (a.year === b.year && levels.filter((l) => l === 'national').length === 1) reasons.push('implements');
	if (sameIssuer(a, b) && a.year !== b.year) reasons.push('yearOverYear');
	if (a.year === b.year && !levels.includes('national')) reasons.push('sameYear');
	return reasons;
}

function sameIssuer(a: NoticeRecord, b: NoticeRecord): boolean {
	return a.jurisdiction.level === b.jurisdiction.level && a.jurisdiction.name === b.jurisdiction.name;
}

/**
 * Every natural pair once, oriented by `pairOrder`, sorted by `a` then `b`. Year over year keeps
 * only consecutive years of one issuer (2023→2024, 2024→2025), not every later year.
 * @param records All notices.
 * @example naturalPairs([national2026, liaoning2026]) // [{ a: 'national-…', b: 'liaoning-…', reasons: ['carrier', 'implements'] }]
 */
export function naturalPairs(records: readonly NoticeRecord[]): NoticePair[] {
	// The search benchmark builds 5,000 synthetic notices, where nearly every pair is natural
	// (1.38 million pairs, 270 s just to list them); it sets NATURAL_PAIRS=off to build without.
	if (process.env['NATURAL_PAIRS'] === 'off') return [];
	const sorted = [...records].sort(pairOrder);
	const everything = sorted.length <= ALL_PAIRS_LIMIT;
	const pairs: NoticePair[] = [];
	for (const [i, a] of sorted.entries()) {
		for (const b of sorted.slice(i + 1)) {
			const reasons = reasonsFor(a, b).filter((r) => r !== 'yearOverYear' || nextYearOf(a, b, sorted));
			if (reasons.length === 0 && everything) reasons.push('corpus');
			if (reasons.length > 0) pairs.push({ a: a.id, b: b.id, reasons });
		}
	}
	return pairs;
}

/** True when `b`'s year is the first year after `a`'s in which the same issuer published. */
function nextYearOf(a: NoticeRecord, b: NoticeRecord, sorted: readonly NoticeRecord[]): boolean {
	const later = sorted.filter((r) => sameIssuer(r, a) && r.year > a.year).map((r) => r.year);
	return b.year === Math.min(...later);
}

/**
 * The natural pairs a notice takes part in, for its page's "compare with" list.
 * @param id A notice id.
 * @param pairs The output of `naturalPairs`.
 */
export function pairsOf(id: string, pairs: readonly NoticePair[]): NoticePair[] {
	return pairs.filter((p) => p.a === id || p.b === id);
}
