/**
 * Whether a text has the shape of a call at all, so that ingest refuses only what is not a notice.
 * Real pages surround a notice with chrome, lose its title or stop mid-sentence (the development
 * corpus: 10 of 25 excerpts start at the salutation, the 文号 or the first paragraph); any one of
 * a notice's own shapes is enough to read it.
 */
import type { Line } from './classify-line.ts';
import { isSalutation } from './split-notices.ts';

/** A title's last word: …的通知, …的函, …公告, …申报指南, with a bracketed note after it. */
const TITLE_END = /(?:通知|通告|公告|函|指南)(?:[（(][^）)]{1,12}[）)])?[\s|｜]*$/;

/** A title is one or two printed lines; a longer line ending in 通知 is prose. */
const MAX_TITLE_LENGTH = 120;

/** A title names its subject: 通知公告 or 通知 alone is a page's column heading. */
const MIN_TITLE_LENGTH = 8;

/** Numbered lines needed for the sections alone to show a call: one 1. in prose is no outline. */
const MIN_NUMBERED = 2;

/** Whether a line reads as a notice's title: short and ending in 通知/函/公告/指南. */
export function isTitleShaped(line: Line): boolean {
	const t = line.text.trim();
	return line.kind === 'text' && t.length >= MIN_TITLE_LENGTH && t.length <= MAX_TITLE_LENGTH && TITLE_END.test(t);
}

/**
 * Whether the lines show a call: a title line, a salutation (各有关单位：) or numbered sections
 * (一、 （一） 1.).
 * @example hasCallShape(splitLines('今天天气很好。\n我们去公园。')) // false
 */
export function hasCallShape(lines: Line[]): boolean {
	let numbered = 0;
	for (const line of lines) {
		if (line.kind === 'chrome') continue;
		if (isTitleShaped(line) || isSalutation(line)) return true;
		if (line.kind === 'numbered' && ++numbered >= MIN_NUMBERED) return true;
	}
	return false;
}
