/**
 * Which pairs of notices each notice page offers to compare (the comparisons staff ask for first),
 * and which of them get a pre-rendered page (/compare/<a>/<b>/): a carried copy and its carrier,
 * an issuer's year over year, and every pair of a small corpus. The others open the browser picker
 * with the pair chosen (/compare/?a=…&b=…), as does any pair not listed. One function decides both,
 * so the pages built, the notice pages' links and any list of comparisons agree.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { LEVELS } from '../../format/level-label.ts';
import { placeKey } from '../places/place-key.ts';

/** Why a pair is natural, most specific first. */
export type PairReason = 'carrier' | 'implements' | 'yearOverYear' | 'sameYear' | 'corpus';

/** A pair to compare: `a` is the older or higher-level notice. */
export interface NoticePair {
	a: string;
	b: string;
	reasons: PairReason[];
	/** Whether /compare/<a>/<b>/ is built; if not, the pair opens in the picker. */
	prerendered: boolean;
}

/** Up to this many notices every pair is pre-rendered (435 pages at 30). */
export const ALL_PAIRS_LIMIT = 30;

/**
 * The reasons that earn a pair its own page at any corpus size. `implements` (one per local notice)
 * and `sameYear` (465 a year) were 2 in 3 of the 26,082 pages at 12,477 notices, 147 s of a build
 * budgeted 300 s: they are listed with their reason and compared in the picker.
 */
const PRERENDERED: ReadonlySet<PairReason> = new Set(['carrier', 'yearOverYear', 'corpus']);

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

/**
 * The national calls of one year that local notices are compared with. A call carried inside a
 * local notice is a copy (every forwarding province attaches one): copies pair with their carrier
 * only, unless the corpus holds no call published on its own; then one copy per title stands in.
 */
function nationalCalls(year: readonly NoticeRecord[]): NoticeRecord[] {
	const national = year.filter((r) => r.jurisdiction.level === 'national');
	const standalone = national.filter((r) => r.embeddedIn === null);
	if (standalone.length > 0) return standalone;
	const copies = [...national].sort((x, y) => (x.id < y.id ? -1 : 1));
	return [...Map.groupBy(copies, (r) => r.title ?? r.id).values()].map((group) => group[0] as NoticeRecord);
}

/** Every pair of a list's items, each pair once. */
function* allPairs<T>(xs: readonly T[]): Generator<[T, T]> {
	for (const [i, x] of xs.entries()) for (const y of xs.slice(i + 1)) yield [x, y];
}

const bareTitle = (title: string | null): string => (title ?? '').replace(/\d+|[\s《》（）()]/gu, '');

/**
 * Of several candidates (the national calls of a year, an issuer's notices of the year before),
 * the one `notice` most likely follows: the one it carries a copy of or cites by title, then the one
 * whose title is the same but for its numbers (年度, 文号), then the one sharing most domains;
 * ties by id. One candidate per notice keeps the pages linear in the number of notices (pairing
 * every candidate made 570,000 pages of 12,477 notices).
 */
function closest(notice: NoticeRecord, candidates: readonly NoticeRecord[], carried: readonly NoticeRecord[]): NoticeRecord | undefined {
	if (candidates.length <= 1) return candidates[0];
	const cited = new Set([...carried.map((r) => bareTitle(r.title)), ...notice.attachments.map((a) => bareTitle(a.title))]);
	const domains = new Set(notice.domains.map((d) => d.name));
	const score = (c: NoticeRecord) =>
		(cited.has(bareTitle(c.title)) ? 4 : 0) +
		(bareTitle(c.title) === bareTitle(notice.title) ? 2 : 0) +
		c.domains.filter((d) => domains.has(d.name)).length / (c.domains.length + 1);
	return [...candidates].sort((x, y) => score(y) - score(x) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))[0];
}

/**
 * Every natural pair once, oriented by `pairOrder`, sorted by `a` then `b`:
 * - `carrier`: a notice and the notice whose file carries it;
 * - `implements`: a local notice and the national call of its programme year it follows (one call
 *   per notice: `closest`); calls are those published on their own, not copies carried by local
 *   notices;
 * - `yearOverYear`: one issuer's notice and, of its notices of the last year before it published
 *   (2023→2024, not 2023→2025), the closest; copies carried by another notice pair with their
 *   carrier only;
 * - `sameYear`: provinces of one year, place against place (31 → 465 pages a year; cities and
 *   districts of one year would be tens of thousands of pages at scale: the picker does those);
 * - `corpus`: any other pair, while there are at most ALL_PAIRS_LIMIT notices.
 * A pair is `prerendered` when one of its reasons is in PRERENDERED, or while the corpus has at
 * most ALL_PAIRS_LIMIT notices (then every pair is).
 * Grouped by year and issuer, so listing them costs no more than the pairs themselves.
 * @param records All notices.
 * @example naturalPairs([national2026, liaoning2026]) // [{ a: 'national-…', b: 'liaoning-…', reasons: ['carrier', 'implements'], prerendered: true }]
 */
export function naturalPairs(records: readonly NoticeRecord[]): NoticePair[] {
	// The search benchmark builds thousands of synthetic notices and measures search alone; it
	// sets NATURAL_PAIRS=off to build without comparison pages.
	if (process.env['NATURAL_PAIRS'] === 'off') return [];
	const byId = new Map(records.map((r) => [r.id, r]));
	const carriedBy = Map.groupBy(
		records.filter((r) => r.embeddedIn !== null),
		(r) => r.embeddedIn ?? '',
	);
	const carried = (r: NoticeRecord) => carriedBy.get(r.id) ?? [];
	const pairs = new Map<string, { a: NoticeRecord; b: NoticeRecord; reasons: Set<PairReason> }>();
	const add = (x: NoticeRecord, y: NoticeRecord | undefined, reason: PairReason) => {
		if (y === undefined || x.id === y.id) return;
		const [a, b] = pairOrder(x, y) <= 0 ? [x, y] : [y, x];
		const key = `${a.id}\n${b.id}`;
		const pair = pairs.get(key) ?? { a, b, reasons: new Set<PairReason>() };
		pair.reasons.add(reason);
		pairs.set(key, pair);
	};
	for (const r of records) {
		const carrier = r.embeddedIn === null ? undefined : byId.get(r.embeddedIn);
		if (carrier !== undefined) add(carrier, r, 'carrier');
	}
	for (const year of Map.groupBy(records, (r) => r.year).values()) {
		const national = nationalCalls(year);
		for (const local of year.filter((r) => r.jurisdiction.level !== 'national' && r.embeddedIn === null)) {
			add(local, closest(local, national, carried(local)), 'implements');
		}
		const provinces = year.filter((r) => r.jurisdiction.level === 'provincial');
		for (const [x, y] of allPairs(provinces)) add(x, y, 'sameYear');
	}
	const originals = records.filter((r) => r.embeddedIn === null);
	for (const issuer of Map.groupBy(originals, (r) => `${r.jurisdiction.level}:${placeKey(r.jurisdiction)}`).values()) {
		const years = [...Map.groupBy(issuer, (r) => r.year)].sort(([x], [y]) => x - y);
		for (const [i, [, newer]] of years.entries()) {
			const older = years[i - 1]?.[1] ?? [];
			for (const notice of newer) add(notice, closest(notice, older, carried(notice)), 'yearOverYear');
		}
	}
	if (records.length <= ALL_PAIRS_LIMIT) for (const [x, y] of allPairs(records)) add(x, y, 'corpus');
	const order: readonly PairReason[] = ['carrier', 'implements', 'yearOverYear', 'sameYear', 'corpus'];
	return [...pairs.values()]
		.map(({ a, b, reasons }) => {
			const specific = order.filter((r) => reasons.has(r) && (r !== 'corpus' || reasons.size === 1));
			return { a, b, reasons: specific, prerendered: [...reasons].some((r) => PRERENDERED.has(r)) };
		})
		.sort((p, q) => pairOrder(p.a, q.a) || pairOrder(p.b, q.b))
		.map(({ a, b, reasons, prerendered }) => ({ a: a.id, b: b.id, reasons, prerendered }));
}

/**
 * The natural pairs each notice takes part in, for its page's "compare with" list; one pass over
 * the pairs (a filter per notice page would cost notices × pairs).
 * @param pairs The output of `naturalPairs`.
 * @example pairsByNotice(pairs).get('liaoning-2024') // [{ a: 'liaoning-2023', b: 'liaoning-2024', … }, …]
 */
export function pairsByNotice(pairs: readonly NoticePair[]): Map<string, NoticePair[]> {
	const byNotice = new Map<string, NoticePair[]>();
	for (const pair of pairs) {
		for (const id of [pair.a, pair.b]) {
			const list = byNotice.get(id);
			if (list === undefined) byNotice.set(id, [pair]);
			else list.push(pair);
		}
	}
	return byNotice;
}
