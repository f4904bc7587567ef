/**
 * 申报推荐链: national call → provincial notice → city or district notice, each level putting
 * projects forward to the one above with its own, earlier deadline and its own quota.
 *
 * The rule:
 * 1. A notice whose file carries a higher-level notice (that one's `embeddedIn` is its id)
 *    forwards it: that is its parent, whatever the year (`carries`).
 * 2. A city or district notice goes through the notice of the same programme year of the place
 *    that encloses it (`jurisdiction.parent`: 沈阳市 → 辽宁省, 渝北区 → 重庆市), or of the place
 *    above that when that place has no notice this year (和平区 → 沈阳市 → 辽宁省, the step from
 *    沈阳市 known from any 沈阳市 notice), the nearest first (`place`, or `cites` when it lists
 *    that notice as an attachment). Places are matched by name and parent, never by a name's
 *    prefix, so 天津市和平区 never goes through 沈阳市.
 * 3. Otherwise a local notice hangs under the national call of its programme year (`cites` when
 *    it lists that call as an attachment, else `year`); with several calls, a cited one, then the
 *    first by id.
 * National calls have no parent. A parent is always of a higher level, so the chain has no cycle.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { countdown } from '../deadlines/countdown.ts';
import { isMonthDay } from '../../format/format-date.ts';
import { LEVELS } from '../../format/level-label.ts';
import { mainDeadline } from '../deadlines/main-deadline.ts';
import { placeKey } from '../places/place-key.ts';
import { compareNames } from './sort-notices.ts';

/** How a notice is tied to the one above it. */
export type ChainRelation = 'carries' | 'cites' | 'place' | 'year';

/** A notice in the chain and how it is tied to the one above (null at the top). */
export interface ChainStep {
	record: NoticeRecord;
	relation: ChainRelation | null;
}

/** A notice with the notices below it. */
export interface ChainNode extends ChainStep {
	children: ChainNode[];
}

/** One notice's chain: the notices above it (top first) and itself with everything below. */
export interface NoticeChain {
	above: ChainStep[];
	self: ChainNode;
}

const rank = (record: NoticeRecord): number => LEVELS.indexOf(record.jurisdiction.level);
const byId = (a: NoticeRecord, b: NoticeRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const bare = (title: string): string => title.replace(/[\s《》]|[（(][^（）()]*[)）]$/gu, '');

/**
 * The places above a notice's, nearest first, as keys: its parent, then that place's own parent
 * as any notice of it gives one (沈阳市和平区 → ['辽宁省 沈阳市', '辽宁省']).
 */
function placesAbove(record: NoticeRecord, parentOf: ReadonlyMap<string, string | null>): string[] {
	const above: string[] = [];
	for (let name = record.jurisdiction.parent; name !== null && above.length < LEVELS.length; ) {
		const parent = parentOf.get(name) ?? null;
		above.push(placeKey({ name, parent }));
		name = parent;
	}
	return above;
}

// Bare titles once per record: a local notice is checked against every national call of its year.
const attachmentTitles = new WeakMap<NoticeRecord, Set<string>>();
const bareTitles = new WeakMap<NoticeRecord, string | null>();

/** True when `lower` lists `upper` among its attachments by title. */
function cites(lower: NoticeRecord, upper: NoticeRecord): boolean {
	if (!bareTitles.has(upper)) bareTitles.set(upper, upper.title === null ? null : bare(upper.title));
	const title = bareTitles.get(upper) ?? null;
	if (title === null) return false;
	let titles = attachmentTitles.get(lower);
	if (titles === undefined) attachmentTitles.set(lower, (titles = new Set(lower.attachments.map((a) => bare(a.title)))));
	return titles.has(title);
}

const placeOfYear = (year: number, place: string): string => `${year}\n${place}`;

function parentOf(record: NoticeRecord, index: ChainIndex): ChainStep | null {
	const carried = (index.carriedBy.get(record.id) ?? [])
		.filter((other) => rank(other) < rank(record))
		.sort((a, b) => rank(a) - rank(b) || byId(a, b));
	if (carried[0] !== undefined) return { record: carried[0], relation: 'carries' };
	const higher = (other: NoticeRecord) => rank(other) < rank(record);
	// The nearest place above with a local notice this year; looked up by place, not by scanning
	// the year (a year holds about a thousand notices at 10,000 sources).
	for (const key of placesAbove(record, index.parentOf)) {
		const place = (index.byPlace.get(placeOfYear(record.year, key)) ?? []).filter((other) => rank(other) > 0 && higher(other)).sort(byId)[0];
		if (place !== undefined) return { record: place, relation: cites(record, place) ? 'cites' : 'place' };
	}
	// The calls are sorted by id: the first one it cites, else the first.
	const calls = (index.calls.get(record.year) ?? []).filter(higher);
	const call = calls.find((other) => cites(record, other)) ?? calls[0];
	if (call === undefined) return null;
	return { record: call, relation: cites(record, call) ? 'cites' : 'year' };
}

/** Records by programme year and place, the national calls by year, and records by the notice that carries them: a parent is found among those. */
interface ChainIndex {
	byPlace: Map<string, NoticeRecord[]>;
	calls: Map<number, NoticeRecord[]>;
	carriedBy: Map<string, NoticeRecord[]>;
	/** Each city's province, from its notices: 沈阳市 → 辽宁省. */
	parentOf: Map<string, string | null>;
}

// One computation per list of records: every notice page of a build asks with the same list, and
// recomputing all parents for each page made the build cubic in the number of notices.
const parentsCache = new WeakMap<readonly NoticeRecord[], Map<string, ChainStep>>();

/**
 * Each notice's parent in the chain (the notice it implements), by id; top-level calls have none.
 * Computed once per list of records.
 * @param records All notices.
 */
export function chainParents(records: readonly NoticeRecord[]): Map<string, ChainStep> {
	const cached = parentsCache.get(records);
	if (cached !== undefined) return cached;
	const index: ChainIndex = {
		byPlace: Map.groupBy(records, (r) => placeOfYear(r.year, placeKey(r.jurisdiction))),
		calls: Map.groupBy(
			records.filter((r) => rank(r) === 0).sort(byId),
			(r) => r.year,
		),
		carriedBy: Map.groupBy(
			records.filter((r) => r.embeddedIn !== null),
			(r) => r.embeddedIn ?? '',
		),
		// A district's name may be shared (和平区), so only cities are looked up by name; a province has no parent.
		parentOf: new Map(
			records
				.filter((r) => r.jurisdiction.level === 'municipal' && r.jurisdiction.parent !== null)
				.map((r) => [r.jurisdiction.name, r.jurisdiction.parent]),
		),
	};
	const parents = new Map<string, ChainStep>();
	for (const record of records) {
		const parent = parentOf(record, index);
		if (parent !== null) parents.set(record.id, parent);
	}
	parentsCache.set(records, parents);
	return parents;
}

// Below a notice: higher levels first, then places in pinyin order.
const childOrder = (a: ChainNode, b: ChainNode): number =>
	rank(a.record) - rank(b.record) ||
	compareNames(a.record.jurisdiction.name, b.record.jurisdiction.name) ||
	byId(a.record, b.record);

/**
 * One notice's chain: the notices above it, top first, and the tree below it.
 * @param id The notice's id.
 * @param records All notices.
 * @example noticeChain('liaoning-2026-pilot-recommendation', [national2026, liaoning2026])
 * // { above: [{ record: national2026, relation: null }],
 * //   self: { record: liaoning2026, relation: 'carries', children: [] } }
 */
export function noticeChain(id: string, records: readonly NoticeRecord[]): NoticeChain {
	const { byId: known, children } = chainTree(records);
	const record = known.get(id);
	if (record === undefined) {
		throw new Error(`Cannot chain \`${id}\`, expected the id of a notice`);
	}
	const parents = chainParents(records);
	const relation = (r: NoticeRecord) => parents.get(r.id)?.relation ?? null;
	const below = (r: NoticeRecord): ChainNode => ({
		record: r,
		relation: relation(r),
		children: (children.get(r.id) ?? []).map(below).sort(childOrder),
	});
	const above: ChainStep[] = [];
	for (let up = parents.get(id)?.record; up !== undefined; up = parents.get(up.id)?.record) {
		above.unshift({ record: up, relation: relation(up) });
	}
	return { above, self: below(record) };
}

const treeCache = new WeakMap<readonly NoticeRecord[], { byId: Map<string, NoticeRecord>; children: Map<string, NoticeRecord[]> }>();

/** Records by id and each notice's children, once per list of records (pages ask for every id). */
function chainTree(records: readonly NoticeRecord[]) {
	const cached = treeCache.get(records);
	if (cached !== undefined) return cached;
	const parents = chainParents(records);
	const tree = {
		byId: new Map(records.map((r) => [r.id, r])),
		children: Map.groupBy(
			records.filter((r) => parents.has(r.id)),
			(r) => parents.get(r.id)?.record.id ?? '',
		),
	};
	treeCache.set(records, tree);
	return tree;
}

/**
 * A chain as one tree from its top: each notice above holds only the next one down the path, and
 * the notice itself holds everything below it.
 * @param chain The output of `noticeChain`.
 * @example chainRoot(noticeChain('liaoning-2026-pilot-recommendation', records)).record.id
 * // 'national-2026-pilot-call'
 */
export function chainRoot(chain: NoticeChain): ChainNode {
	const nest = (below: ChainNode, step: ChainStep): ChainNode => ({ ...step, children: [below] });
	return chain.above.reduceRight(nest, chain.self);
}

/**
 * How many days before the notice above it a notice's own deadline falls: its main deadline
 * against the upper one's (negative when later); null unless both are full dates.
 * @param lower A notice.
 * @param upper The notice it implements.
 * @example daysAhead(liaoning2026, national2026) // 41 (2026-05-20 against 2026-06-30)
 */
export function daysAhead(lower: NoticeRecord, upper: NoticeRecord): number | null {
	const [a, b] = [mainDeadline(lower.deadlines), mainDeadline(upper.deadlines)];
	if (a === null || b === null || isMonthDay(a.deadline.date) || isMonthDay(b.deadline.date)) {
		return null;
	}
	const { when, days } = countdown(b.deadline.date, a.deadline.date);
	return when === 'past' ? -days : days;
}
