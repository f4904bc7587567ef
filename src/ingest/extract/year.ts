/**
 * 年度: the programme year a notice is about (2026年度 in its title or opening, or a year its opening
 * names that is not before the issue: 现就2024年…征集工作), else the year it was issued (or the
 * page posted it), else the year of its 文号, the first year its text names or the year of any 文号
 * or date it cites. Only a text that gives no year at all is refused. A year inside 《》 is a cited
 * document's and counts after the notice's own (a 年度 in it still names the programme); a range (2011—2012年度, its dash sometimes lost) counts its first year.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseCjkNumber } from '../../text/cjk-number.ts';
import { bilingual } from '../errors.ts';
import { findDates } from '../../text/dates.ts';
import { blocksOfFile, noticeOf } from './context.ts';

const YEAR = /((?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3})(?:\s*[-—–~至到]?\s*(?:19|20)\d{2})?\s*年(度)?|[《》]/g;

/** A year a text names: whether as a 年度, and whether inside a cited document's name 《…》. */
interface NamedYear {
	year: number;
	programme: boolean;
	cited: boolean;
}

/** How many opening blocks may name the programme's year. */
const OPENING_BLOCKS = 4;

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

function yearsIn(text: string): NamedYear[] {
	const years: NamedYear[] = [];
	let depth = 0; // how many 《 are open: the same pattern meets them in order
	// exec on the shared YEAR, not matchAll, which clones it for every block.
	YEAR.lastIndex = 0;
	for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
		if (m[0] === '《' || m[0] === '》') {
			depth = Math.max(0, depth + (m[0] === '《' ? 1 : -1));
			continue;
		}
		const year = parseCjkNumber(m[1]!) ?? 0;
		if (year >= 1949 && year <= 2200) years.push({ year, programme: Boolean(m[2]), cited: depth > 0 });
	}
	return years;
}

/** The unified plugin that fills `year`; a text without any year fails. */
export function remarkNoticeYear() {
	return (_tree: Root, file: VFile) => {
		const notice = noticeOf(file);
		const inTitle = yearsIn(notice.title ?? '');
		const blocks = blocksOfFile(file);
		const body = blocks.slice(0, 8).flatMap((b) => yearsIn(b.text));
		const opening = blocks.slice(0, OPENING_BLOCKS).flatMap((b) => yearsIn(b.text)).filter((y) => !y.cited);
		const issued = notice.issuedOn ? Number(notice.issuedOn.slice(0, 4)) : undefined;
		const everywhere = blocks.flatMap((b) => yearsIn(b.text));
		const year =
			inTitle.find((y) => y.programme)?.year ??
			inTitle[0]?.year ??
			(body.find((y) => y.programme && !y.cited) ?? body.find((y) => y.programme))?.year ??
			opening.find((y) => issued === undefined || y.year >= issued)?.year ??
			issued ??
			(notice.docNumber ? Number(/〔(\d{4})〕/.exec(notice.docNumber)?.[1]) || undefined : undefined) ??
			(everywhere.find((y) => !y.cited) ?? everywhere[0])?.year ??
			citedYear(blocks.map((b) => b.text));
		if (year === undefined) file.fail(NO_YEAR);
		notice.year = year;
	};
}
