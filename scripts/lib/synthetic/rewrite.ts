/**
 * The edits that turn a real notice's text into a new synthetic one: another place, another year
 * with its dates moved, other caps and phone numbers, and some clauses dropped, swapped or
 * shortened — so generated notices parse, differ and compare like real ones.
 */
import type { SeededRandom } from '../seeded-random.ts';
import type { Place } from './places.ts';

/** What a rewrite changes. */
export interface Rewrite {
	/** The base notice's place and its replacement; null for a national notice. */
	place: { from: Place; to: Place } | null;
	/** Years to add to every year near the base year (2025 → 2027: +2). */
	years: number;
	baseYear: number;
	/** Days to move every month-day date by. */
	days: number;
}

const YEAR = /(?<!\d)(19|20)\d{2}(?!\d)/gu;
const MONTH_DAY = /(?<![\d])(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日/gu;
const CAP = /(不超过|不超|不多于|最多)(\d{1,2})(个|项|家)/gu;
const PHONE_TAIL = /(\d{3,4}-\d{3,4})(\d{4})(?!\d)/gu;

/** Move a month-day date by `days` within a non-leap reference year. */
function moveDate(month: number, day: number, days: number): string {
	const date = new Date(Date.UTC(2023, month - 1, day + days));
	return `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/**
 * Apply the place, year, date, cap and phone edits to a whole text.
 * @param text The base notice's text.
 * @param edit The rewrite.
 * @param random For caps and phone numbers.
 */
export function rewriteText(text: string, edit: Rewrite, random: SeededRandom): string {
	let out = text;
	if (edit.place !== null) {
		out = out.replaceAll(edit.place.from.name, edit.place.to.name).replaceAll(edit.place.from.short, edit.place.to.short);
	}
	out = out.replace(YEAR, (year) => {
		const n = Number(year);
		return Math.abs(n - edit.baseYear) <= 3 ? String(n + edit.years) : year;
	});
	out = out.replace(MONTH_DAY, (_, m: string, d: string) => moveDate(Number(m), Number(d), edit.days));
	out = out.replace(CAP, (_, verb: string, __: string, unit: string) => `${verb}${random.int(1, 10)}${unit}`);
	return out.replace(PHONE_TAIL, (_, head: string) => `${head}${String(random.int(0, 9999)).padStart(4, '0')}`);
}

// A numbered clause line: （一）…, 1.…, （1）…
const CLAUSE = /^(?:（[一二三四五六七八九十]+）|\d{1,2}[.．、]|（\d{1,2}）)/u;

/**
 * Drop, swap or shorten some numbered clauses (never headings like 一、 or the first lines).
 * @param lines The text's lines.
 * @param random The stream deciding which.
 * @param rate Chance per clause of each edit.
 */
export function editClauses(lines: readonly string[], random: SeededRandom, rate = 0.06): string[] {
	const out = [...lines];
	for (let i = out.length - 1; i >= 8; i--) {
		const line = out[i] ?? '';
		if (!CLAUSE.test(line)) continue;
		if (random.chance(rate)) out.splice(i, 1);
		else if (random.chance(rate) && CLAUSE.test(out[i + 1] ?? '')) [out[i], out[i + 1]] = [out[i + 1] ?? '', line];
		else if (random.chance(rate)) out[i] = dropListItem(line, random);
	}
	return out;
}

/** Drop one item of a 、-list of three or more in a line. */
function dropListItem(line: string, random: SeededRandom): string {
	const items = line.split('、');
	if (items.length < 3) return line;
	const drop = random.int(1, items.length - 2);
	return items.filter((_, i) => i !== drop).join('、');
}
