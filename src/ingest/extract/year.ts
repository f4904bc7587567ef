/**
 * 年度: the programme year a notice is about (2026年度 in its title), else the year it was issued
 * (or the page posted it), else the year of its 文号, the first year its text names or the year
 * of any 文号 or date it cites. Only a text that gives no year at all is refused.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseCjkNumber } from '../text/cjk-number.ts';
import { bilingual } from '../errors.ts';
import { findDates } from '../text/dates.ts';
import { blocksOfFile, noticeOf } from './context.ts';

const YEAR = /((?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3})\s*年(度)?/g;

/** A year in a cited 文号's brackets: 国标委发〔2022〕35号. */
const BRACKET_YEAR = /〔((?:19|20)\d{2})〕/;

const NO_YEAR = bilingual(
	'找不到年份：正文、日期和文号都没有写年份，请换用带发布日期或文号的完整原文',
	'no year found: the text names no year, issue date or 文号; supply the full text with its date',
);

/** The year of the first cited 文号 or date in the text, for a text that names no year else. */
function citedYear(texts: string[]): number | undefined {
	for (const text of texts) {
		const year = Number(BRACKET_YEAR.exec(text)?.[1]) || findDates(text).find((d) => d.year !== null)?.year;
		if (year) return year;
	}
	return undefined;
}

function yearsIn(text: string): Array<{ year: number; programme: boolean }> {
	const years: Array<{ year: number; programme: boolean }> = [];
	// exec on the shared YEAR, not matchAll, which clones it for every block.
	YEAR.lastIndex = 0;
	for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
		const year = parseCjkNumber(m[1]!) ?? 0;
		if (year >= 1949 && year <= 2200) years.push({ year, programme: Boolean(m[2]) });
	}
	return years;
}

/** The unified plugin that fills `year`; a text without any year fails. */
export function remarkNoticeYear() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const inTitle = yearsIn(notice.title ?? '');
		const body = blocksOfFile(file).slice(0, 8).flatMap((b) => yearsIn(b.text));
		const year =
			inTitle.find((y) => y.programme)?.year ??
			inTitle[0]?.year ??
			body.find((y) => y.programme)?.year ??
			(notice.issuedOn ? Number(notice.issuedOn.slice(0, 4)) : undefined) ??
			(notice.docNumber ? Number(/〔(\d{4})〕/.exec(notice.docNumber)?.[1]) || undefined : undefined) ??
			blocksOfFile(file).flatMap((b) => yearsIn(b.text))[0]?.year ??
			citedYear(blocksOfFile(file).map((b) => b.text));
		if (year === undefined) file.fail(NO_YEAR);
		notice.year = year;
	};
}
