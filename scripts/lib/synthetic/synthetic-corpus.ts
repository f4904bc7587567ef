/**
 * A synthetic corpus: N notices made from real ones (content/sources/), spread over levels and
 * places as a real corpus is — a national call or two a year, each province about once a year,
 * then hundreds of cities and districts, each place at most once a year — with the year's dates
 * moved, other caps and phone numbers, and some clauses dropped, swapped or shortened.
 * Deterministic for a seed, so benchmarks are repeatable.
 */
import type { Level, NoticeRecord } from '../../../src/schemas/notice.ts';
import { seededRandom, type SeededRandom } from '../seeded-random.ts';
import { PLACES, type Place } from './places.ts';
import { editClauses, rewriteText, type Rewrite } from './rewrite.ts';

/** A real notice to vary: its text and the record the parser read from it. */
export interface BaseNotice {
	text: string;
	record: NoticeRecord;
}

/** One generated notice: a file name, its text, and the place and year it was given. */
export interface SyntheticNotice {
	name: string;
	text: string;
	year: number;
	place: string;
}

const YEARS = Array.from({ length: 13 }, (_, i) => 2018 + i);
// Shares of a real corpus by level; national and provincial are capped by places × years.
const SHARE: Record<Level, number> = { national: 0.01, provincial: 0.08, municipal: 0.3, district: 0.61 };

/** A shuffled copy (Fisher–Yates on the seeded stream). */
function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = random.int(0, i);
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** The (level, place, year) of each notice to make: each local place at most once a year. */
function slots(count: number, random: SeededRandom): { level: Level; place: Place | null; year: number }[] {
	const national = Math.max(1, Math.round(count * SHARE.national));
	const out: { level: Level; place: Place | null; year: number }[] = Array.from({ length: national }, (_, i) => ({
		level: 'national' as const,
		place: null,
		year: YEARS[i % YEARS.length] ?? 2026,
	}));
	for (const level of ['provincial', 'municipal', 'district'] as const) {
		const combos = PLACES[level].flatMap((place) => YEARS.map((year) => ({ level, place, year })));
		const want = level === 'district' ? count - out.length : Math.round(count * SHARE[level]);
		out.push(...shuffled(combos, random).slice(0, Math.max(0, want)));
	}
	return shuffled(out, random).slice(0, count);
}

function placeOf(record: NoticeRecord): Place {
	const { name } = record.jurisdiction;
	return { name, short: name.replace(/(?:省|市|区)$/u, '') };
}

/**
 * Generate `count` notices from the bases (national ones for national slots, the others for local).
 * @param bases Real notices, at least one national and one local.
 * @param count How many to make.
 * @param seed The seed: the same seed gives the same corpus.
 * @example syntheticCorpus(bases, 1000, 1)[0].name // 'synthetic-00001.txt'
 */
export function syntheticCorpus(bases: readonly BaseNotice[], count: number, seed: number): SyntheticNotice[] {
	const random = seededRandom(seed);
	const national = bases.filter((b) => b.record.jurisdiction.level === 'national');
	const local = bases.filter((b) => b.record.jurisdiction.level !== 'national');
	if (national.length === 0 || local.length === 0) throw new RangeError('Cannot make a corpus without a national and a local notice');
	return slots(count, random).map(({ level, place, year }, i) => {
		const pool = level === 'national' ? national : local;
		const base = pool[i % pool.length] as BaseNotice;
		const edit: Rewrite = {
			place: place === null ? null : { from: placeOf(base.record), to: place },
			years: year - base.record.year,
			baseYear: base.record.year,
			days: random.int(-40, 40),
		};
		const lines = editClauses(rewriteText(base.text, edit, random).split('\n'), random);
		return { name: `synthetic-${String(i + 1).padStart(5, '0')}.txt`, text: lines.join('\n'), year, place: place?.name ?? '全国' };
	});
}
