/**
 * A synthetic corpus: N notices made from real ones (content/sources/), each with another place
 * of the same level, another year with its dates moved, other caps and phone numbers, and some
 * clauses dropped, swapped or shortened. Deterministic for a seed, so benchmarks are repeatable.
 */
import type { NoticeRecord } from '../../../src/schemas/notice.ts';
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

function placeFor(record: NoticeRecord, random: SeededRandom): Rewrite['place'] {
	const { level, name } = record.jurisdiction;
	if (level === 'national') return null;
	const from: Place = PLACES[level].find((p) => p.name === name) ?? { name, short: name.replace(/(?:省|市|区)$/u, '') };
	return { from, to: random.pick(PLACES[level]) };
}

/**
 * Generate `count` notices from the bases, round-robin, years 2018–2030.
 * @param bases Real notices (at least one).
 * @param count How many to make.
 * @param seed The seed: the same seed gives the same corpus.
 * @example syntheticCorpus(bases, 1000, 1)[0].name // 'synthetic-00001.txt'
 */
export function syntheticCorpus(bases: readonly BaseNotice[], count: number, seed: number): SyntheticNotice[] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, (_, i) => {
		const base = bases[i % bases.length];
		if (base === undefined) throw new RangeError('Cannot make a corpus from no notices');
		const year = random.int(2018, 2030);
		const edit: Rewrite = { place: placeFor(base.record, random), years: year - base.record.year, baseYear: base.record.year, days: random.int(-40, 40) };
		const lines = editClauses(rewriteText(base.text, edit, random).split('\n'), random);
		return {
			name: `synthetic-${String(i + 1).padStart(5, '0')}.txt`,
			text: lines.join('\n'),
			year,
			place: edit.place?.to.name ?? base.record.jurisdiction.name,
		};
	});
}
