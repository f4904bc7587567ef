/**
 * Finds where one notice ends and another begins inside a file: a provincial notice that carries
 * the national call as its attachment reproduces it whole, with its own masthead, title and
 * salutation. Each notice is a range of lines.
 */
import type { Line } from './classify-line.ts';

/** A notice's lines: `[start, end)` indices into the file's lines. */
export interface NoticeRange {
	start: number;
	end: number;
}

const NOTICE_END = /(?:通知|通告|公告)$/;

/**
 * Whether a line reads `关于…通知` (two or more characters between). Written without the regex
 * `/关于.{2,}通知$/`, which scanned to the line's end from every 关于: quadratic on a long line.
 */
function isNoticeTitle(text: string): boolean {
	const about = text.indexOf('关于');
	return about !== -1 && NOTICE_END.test(text) && text.length - 2 >= about + 4;
}

function nextContent(lines: Line[], i: number): number {
	let k = i + 1;
	while (k < lines.length && lines[k]!.kind === 'blank') k++;
	return k;
}

/** Whether a line ends a salutation: 各有关单位： — short, ends with a colon, no sentence in it. */
export function isSalutation(line: Line | undefined): boolean {
	// A page's own line (您当前的位置：) is no salutation, though it ends with a colon.
	if (!line || line.kind === 'numbered' || line.kind === 'attachmentList' || line.kind === 'chrome') return false;
	const t = line.text.trim();
	return /[：:]$/.test(t) && t.length <= 120 && !/[。；]/.test(t);
}

/** Whether a notice starts at line `i`: a masthead, or a notice title over a salutation or 文号. */
function startsNotice(lines: Line[], i: number): boolean {
	const line = lines[i]!;
	if (line.kind === 'masthead') return true;
	if (line.kind !== 'text' || !isNoticeTitle(line.text.trim())) return false;
	const next = lines[nextContent(lines, i)];
	return isSalutation(next) || next?.kind === 'docNumber';
}

/**
 * Splits a file's lines into notices. The first notice starts at the top; another starts at a
 * masthead or notice title found after the first notice's salutation.
 */
export function splitNotices(lines: Line[]): NoticeRange[] {
	const starts = [0];
	const firstBody = lines.findIndex((l) => isSalutation(l) || l.kind === 'numbered');
	for (let i = Math.max(firstBody + 1, 1); i < lines.length; i++) {
		if (!startsNotice(lines, i)) continue;
		// Keep a masthead or 文号 just above a title with the notice it heads.
		let s = i;
		for (let k = i - 1; k > starts.at(-1)!; k--) {
			const kind = lines[k]!.kind;
			if (kind === 'blank') continue;
			if ((kind === 'masthead' || kind === 'docNumber') && lines[i]!.kind !== 'masthead') s = k;
			else break;
		}
		if (s > starts.at(-1)!) starts.push(s);
		// Skip past this notice's own header (masthead, 文号, title) so it does not split again.
		let k = i;
		while (k < lines.length && k - i < 8 && !isSalutation(lines[k])) k++;
		i = k < lines.length && k - i < 8 ? k : i;
	}
	return starts.map((start, n) => ({ start, end: starts[n + 1] ?? lines.length }));
}
