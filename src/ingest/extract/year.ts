/**
 * 年度: the programme year a notice is about (2026年度 in its title), else the year it was issued,
 * else the year of its 文号 or the first year its text names.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseCjkNumber } from '../text/cjk-number.ts';
import { blocksOfFile, noticeOf } from './context.ts';

const YEAR = /((?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3})\s*年(度)?/g;

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
			blocksOfFile(file).flatMap((b) => yearsIn(b.text))[0]?.year;
		if (year === undefined) file.fail('no year found: the text names no year, issue date or 文号');
		notice.year = year;
	};
}
