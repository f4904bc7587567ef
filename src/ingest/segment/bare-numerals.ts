/**
 * Section headings whose 、 a page lost: `一总体要求`, `二试点单位的基本条件`. Alone, `一` at a
 * line's start is as likely a word (一是…, 一批…), so such lines count as numbered only as a run:
 * short lines without punctuation starting 一, 二, 三… in order, 一 and 二 at least.
 */
import type { Line } from './classify-line.ts';

const NUMERALS = '一二三四五六七八九十';

/** A heading is short; a longer line starting with 一 is prose. */
const MAX_HEADING_LENGTH = 20;

/** Words that start with a numeral and are no heading's number: 一是, 一批, 一定, 十分… */
const NUMERAL_WORD = /^[一二三四五六七八九十](?:是|批|定|些|个|般|直|起|并|方面|级|类|项|次|年|月|日|天|分|致|切|体|同|旦|律|再|道|样)/;

/** Whether a line may be a heading with its 、 lost: 一总体要求. */
function isCandidate(line: Line): boolean {
	if (line.kind !== 'text') return false;
	const t = line.text.trim();
	return (
		t.length <= MAX_HEADING_LENGTH &&
		NUMERALS.includes(t[0] ?? '') &&
		!NUMERALS.includes(t[1] ?? '') &&
		/\p{Script=Han}/u.test(t[1] ?? '') &&
		!/[，。；：,;:、]/.test(t) &&
		!NUMERAL_WORD.test(t)
	);
}

/**
 * Marks a run of headings that lost their 、 as numbered (style `han`, the numeral as marker).
 * Changes `lines` in place.
 * @example markBareNumerals(splitLines('一总体要求\n正文。\n二申报条件')) // both headings numbered
 */
export function markBareNumerals(lines: Line[]): void {
	const run: Line[] = [];
	for (const line of lines) {
		if (isCandidate(line) && line.text.trim()[0] === NUMERALS[run.length]) run.push(line);
	}
	if (run.length < 2) return;
	for (const line of run) {
		const lead = line.text.length - line.text.trimStart().length;
		line.kind = 'numbered';
		line.numbering = { style: 'han', marker: line.text.slice(lead, lead + 1) };
	}
}
