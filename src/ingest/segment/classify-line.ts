/**
 * What one line of a notice is, by its own text: a masthead, a 文号, a date, a numbered item…
 * Context (is this org line part of a signature?) is decided by the callers.
 */
import {
	ATTACHMENT_HEADING,
	ATTACHMENT_LIST,
	CLOSING,
	DATE_LINE,
	DOC_NUMBER,
	FIELD_LINE,
	HAN,
	MASTHEAD,
	ORG_SUFFIX,
	PAGE_LINE,
	WEB_CHROME,
} from './patterns.ts';
import { markBareNumerals } from './bare-numerals.ts';
import { hasCode } from '../../text/chars.ts';
import { numberingOf, type Numbering } from '../../text/outline-number.ts';

export type LineKind =
	| 'blank'
	| 'chrome'
	| 'masthead'
	| 'docNumber'
	| 'date'
	| 'attachmentHeading'
	| 'attachmentList'
	| 'closing'
	| 'numbered'
	| 'field'
	| 'text';

/** One line of text with its offsets in the text it was cut from. */
export interface Line {
	text: string;
	start: number;
	end: number;
	kind: LineKind;
	numbering: Numbering | null;
}

const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER.source}$`);
const ORG_LINE = new RegExp(`^[${HAN}（）()、\\s]{3,40}${ORG_SUFFIX}(?:[（(](?:代章|盖章|印)[）)])?$`);
/** The characters a line ORG_LINE matches can end with: a suffix's last, or the ） of （代章）. */
const ORG_LINE_LAST = `${ORG_SUFFIX.slice('(?:'.length, -1).split('|').map((s) => s.at(-1)).join('')}）)`;
/** The longest line ORG_LINE can match: 40 characters, the longest suffix and （代章）. */
const ORG_LINE_MAX = 40 + Math.max(...ORG_SUFFIX.slice('(?:'.length, -1).split('|').map((s) => s.length)) + '（代章）'.length;

/** Classifies one line by its text alone. */
export function classifyLine(text: string): { kind: LineKind; numbering: Numbering | null } {
	const t = text.trim();
	const plain = { numbering: null };
	if (t === '') return { kind: 'blank', ...plain };
	if (DATE_LINE.test(t)) return { kind: 'date', ...plain };
	// Cheap tests of the last characters first: these two patterns end in 文件$ and 号$, and
	// trying their lazy prefixes on every line of a notice was a fifth of segmenting it.
	if (t.endsWith('文件') && MASTHEAD.test(t)) return { kind: 'masthead', ...plain };
	if (t.endsWith('号') && DOC_NUMBER_LINE.test(t)) return { kind: 'docNumber', ...plain };
	if (ATTACHMENT_HEADING.test(t)) return { kind: 'attachmentHeading', ...plain };
	if (ATTACHMENT_LIST.test(t)) return { kind: 'attachmentList', ...plain };
	if (CLOSING.test(t)) return { kind: 'closing', ...plain };
	if (WEB_CHROME.test(t) || PAGE_LINE.test(t)) return { kind: 'chrome', ...plain };
	const numbering = numberingOf(t);
	if (numbering) return { kind: 'numbered', numbering };
	if (FIELD_LINE.test(t)) return { kind: 'field', ...plain };
	return { kind: 'text', ...plain };
}

/** Whether a line is an organisation's name alone, as in a signature: 辽宁省市场监督管理局. */
export function isOrgLine(text: string): boolean {
	const t = text.trim();
	// Most lines are paragraphs far longer than any name: no need to try the pattern on them.
	// ORG_LINE's greedy run backs off through every suffix: a line must end as one ends first.
	return t.length <= ORG_LINE_MAX && hasCode(ORG_LINE_LAST, t.charCodeAt(t.length - 1)) && ORG_LINE.test(t);
}

/** Cuts a text into classified lines. */
export function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (const raw of text.split('\n')) {
		const { kind, numbering } = classifyLine(raw);
		lines.push({ text: raw, start, end: start + raw.length, kind, numbering });
		start += raw.length + 1;
	}
	markBareNumerals(lines);
	return lines;
}

/** Whether a numbered line reads as a heading (一、重点领域) rather than an item of prose. */
export function isHeadingLike(line: Line): boolean {
	if (!line.numbering) return false;
	const body = line.text.slice(line.numbering.marker.length).trim();
	return body.length > 0 && body.length <= 24 && !/[，。；：,;:！？]/.test(body);
}
