/**
 * The date a notice was written, as far as its text tells, for giving a year to dates written
 * without one (6月15日前). The issue date when known; else the latest year the text writes with a
 * month, the programme year or the one before: an undated call for 2021年度 projects that mentions
 * 2020年3月 and asks for 9月15日 means September 2020; else the notice's year. Older years are the
 * dates of documents it cites, not its own. A cited 文号's year (〔2022〕) is no evidence either: a
 * call of 2023 often quotes a document of 2022.
 */
import { findDates } from '../../text/dates.ts';
import type { Block } from './blocks.ts';
import { today } from '../../text/today.ts';

/** A year and month to resolve month-day dates against. */
export interface Reference {
	year: number;
	month: number;
}

// 2020年3月 (修订): a month is enough to date the text, unlike findDates' deadlines.
const YEAR_MONTH = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月/g;
const NUMERIC_DATE = /\d{4}[.\/-]\d/;

/** The latest dated year and month in the blocks, in `limit` or the year before. */
function latestWritten(blocks: Block[], limit: number): Reference | null {
	let best: Reference | null = null;
	const take = (year: number, month: number) => {
		if (year > limit || year < limit - 1) return;
		if (!best || year > best.year || (year === best.year && month > best.month)) best = { year, month };
	};
	for (const block of blocks) {
		if (block.text.includes('月')) for (const m of block.text.matchAll(YEAR_MONTH)) take(Number(m[1]), Number(m[2]));
		if (NUMERIC_DATE.test(block.text)) for (const d of findDates(block.text)) if (d.year !== null) take(d.year, d.month);
	}
	return best;
}

/**
 * The reference date of a notice.
 * @param issuedOn the notice's issue date, if known
 * @param year the notice's (programme) year
 * @param blocks the notice's blocks
 * @example referenceOf('2025-05-19', 2025, []) // { year: 2025, month: 5 }
 */
export function referenceOf(issuedOn: string | null | undefined, year: number | undefined, blocks: Block[]): Reference {
	if (issuedOn) return { year: Number(issuedOn.slice(0, 4)), month: Number(issuedOn.slice(5, 7)) };
	const programme = year ?? Number(today().slice(0, 4));
	return latestWritten(blocks, programme) ?? { year: programme, month: 1 };
}
