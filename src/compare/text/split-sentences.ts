/**
 * A paragraph cut into the units the redline aligns: sentences, and numbered items on their own.
 */
import { numberingLength } from './strip-numbering.ts';

// jsdiff's diffSentences only knows .!? (STACK-NOTES), so we cut Chinese text ourselves.
const ENDS = new Set(['。', '；', '！', '？']);
// Marks inside （…）《…》“…” belong to the quote or aside: 见《办法。》和（注：略。）。 is one
// sentence. A quote or aside that itself ends a sentence (“好。” / （详见附件。）) ends the unit, a
// book title (《…》) never does.
const OPENERS = new Set(['（', '(', '“', '《', '【', '〔', '‘', '「']);
const CLOSERS = new Set(['）', ')', '”', '》', '】', '〕', '’', '」']);
const TITLE_CLOSERS = new Set(['》']);
// An item inlined after a colon (任务如下：（一）…) starts a unit of its own.
const COLONS = new Set(['：', ':']);

/**
 * Sentences and numbered items of a paragraph, each with its closing mark, trimmed, none empty;
 * line breaks end a unit too.
 * @param text A paragraph.
 * @example splitSentences('一是申报；二是推荐（详见附件。）。任务如下：（一）试点')
 * // ['一是申报；', '二是推荐（详见附件。）。', '任务如下：', '（一）试点']
 */
export function splitSentences(text: string): string[] {
	const cuts = cutPoints(text, true) ?? cutPoints(text, false) ?? [];
	const units: string[] = [];
	let start = 0;
	for (const end of [...cuts, text.length]) {
		const unit = text.slice(start, end).trim();
		if (unit !== '') units.push(unit);
		start = end;
	}
	return units;
}

/** Offsets where a unit ends; null when `nested` is asked but the brackets do not balance. */
function cutPoints(text: string, nested: boolean): number[] | null {
	const cuts: number[] = [];
	let depth = 0;
	// Inside a run of end marks and closers (。”） ；）), which all stay with the sentence.
	let afterEnd = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i] ?? '';
		if (nested && OPENERS.has(char)) depth++;
		else if (nested && CLOSERS.has(char)) depth--;
		if (depth < 0) return null;
		afterEnd = ENDS.has(char) || (afterEnd && CLOSERS.has(char) && !TITLE_CLOSERS.has(char));
		if (char === '\n') cuts.push(i);
		else if (depth === 0 && afterEnd && !isTrailing(text[i + 1])) cuts.push(i + 1);
		else if (depth === 0 && COLONS.has(char) && numberingLength(text.slice(i + 1)) > 0) cuts.push(i + 1);
	}
	return depth === 0 ? cuts : null;
}

function isTrailing(char: string | undefined): boolean {
	return char !== undefined && (ENDS.has(char) || CLOSERS.has(char));
}
