/**
 * Separates a web page's lines from the notice it shows. A page puts banners, a column heading or
 * a mirror's own headline above the notice's header (站内搜索, 通知公告, 两部委开展…工作), and often
 * repeats the title (once as the page's headline, once as the notice's). Those lines are the
 * page's, not the notice's: they go to the tree's page lines, where their facts can still be read.
 */
import { isOrgLine, type Line } from './classify-line.ts';
import { isTitleShaped } from './call-shape.ts';
import { isSalutation } from './split-notices.ts';

/** How far down a notice's header may start: below banners, breadcrumbs and a metadata block. */
const HEADER_SEARCH = 12;

/** A banner or column heading is short and no sentence; a longer line is the notice's prose. */
const MAX_BANNER_LENGTH = 40;

// A title is one or two printed lines (the seeds' longest: 60 characters); a longer "title" is a
// notice whose line breaks were lost, and reading all of it as the title would hide that.
const MAX_TITLE_LENGTH = 200;

/** Whether a line reads `…关于…` or ends like a title: short, and no sentence (a title has no 。). */
export function isTitleLike(line: Line): boolean {
	const t = line.text.trim();
	return line.kind === 'text' && !isSalutation(line) && t.length <= MAX_TITLE_LENGTH && !/[。；]/.test(t) && (/关于/.test(t) || isTitleShaped(line));
}

/** A short heading, no sentence and no organisation's name: 站内搜索, 通知公告, a mirror headline. */
const isBanner = (text: string) => text.length <= MAX_BANNER_LENGTH && !/[。；]$/.test(text) && !isOrgLine(text);

/** Where a notice's header starts: its masthead, 文号, title or salutation. */
function isHeaderLine(line: Line): boolean {
	return line.kind === 'masthead' || line.kind === 'docNumber' || isTitleLike(line) || (isSalutation(line) && line.kind !== 'chrome');
}

/** A title without what a mirror adds or drops: spaces, bars, punctuation. */
const titleKey = (line: Line) => line.text.replace(/[^\p{Script=Han}\p{N}]/gu, '');

/** Whether two lines are the same title, one perhaps with a few characters more. */
export function isSameTitle(a: Line, b: Line): boolean {
	const [x, y] = [titleKey(a), titleKey(b)];
	if (x.length < 6 || y.length < 6) return false;
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	return long.includes(short) && short.length >= 0.8 * long.length;
}

/**
 * Splits a notice's lines into the page's and the notice's own, in order.
 * @param lines The notice's lines, blank ones and chrome included.
 * @returns `page`: chrome, lines above the header that a page adds, a repeated title; `notice`: the rest, blank lines dropped.
 */
export function separatePage(lines: Line[]): { page: Line[]; notice: Line[] } {
	const content = lines.filter((l) => l.kind !== 'blank');
	const anchor = content.slice(0, HEADER_SEARCH).findIndex(isHeaderLine);
	const lastChrome = anchor < 0 ? -1 : content.slice(0, anchor).findLastIndex((l) => l.kind === 'chrome');
	const pageAt = new Set<number>();
	content.forEach((line, i) => {
		const t = line.text.trim();
		if (line.kind === 'chrome') pageAt.add(i);
		// Above the header: whatever stands above the page's last chrome line, and short headings
		// that are not an organisation's name (the masthead of a notice printed without 文件).
		else if (i < anchor && line.kind === 'text' && (i < lastChrome || isBanner(t))) pageAt.add(i);
	});
	markRepeatedTitle(content, pageAt, Math.max(anchor, 0));
	return { page: content.filter((_, i) => pageAt.has(i)), notice: content.filter((_, i) => !pageAt.has(i)) };
}

/**
 * A title given twice: the first copy right above the second is the page's headline (the second
 * is the notice's own, often cleaner); a copy further down, past the salutation, is the page's.
 */
function markRepeatedTitle(content: Line[], pageAt: Set<number>, from: number): void {
	const kept = (i: number) => !pageAt.has(i);
	const title = content.findIndex((l, i) => i >= from && i < from + HEADER_SEARCH && kept(i) && isTitleLike(l));
	if (title < 0) return;
	let next = title + 1;
	while (next < content.length && !kept(next)) next++;
	const again = content.findIndex((l, i) => i > title && i <= next + 2 && kept(i) && l.kind === 'text' && isSameTitle(l, content[title]!));
	if (again < 0) return;
	pageAt.add(again === next ? title : again);
}
