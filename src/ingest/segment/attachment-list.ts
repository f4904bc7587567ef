/**
 * The attachment list of a notice (附件：1.…2.…), whether its items sit one per line, glued on
 * one line (…申请表.docx2.…汇总表.docx) or named in prose (附件是《…》和《…》).
 */
import { numberingOf } from '../../text/outline-number.ts';

/** One listed attachment: its number (null when unnumbered), title and offsets in the line. */
export interface ListedAttachment {
	no: number | null;
	title: string;
	start: number;
	end: number;
}

const FILE_EXT = /\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|txt)(?=\d{1,2}[.．、]|$)/gi;

// 1.申报书；2.汇总表 / 1、申报书 2、汇总表: the next number after a separator starts the next item.
const NEXT_ITEM = /(?:[；;，,]\s*|\s+)(?=(\d{1,2})[.．、](?!\d))/g;

/** Where a line of glued items parts: after a file extension, or before the next item's number. */
function cutsOf(text: string): number[] {
	const cuts = new Set<number>();
	for (const m of text.matchAll(FILE_EXT)) if (m.index + m[0].length < text.length) cuts.add(m.index + m[0].length);
	let expected = Number(/^\s*(\d{1,2})[.．、]/.exec(text)?.[1] ?? NaN) + 1;
	for (const m of Number.isFinite(expected) ? text.matchAll(NEXT_ITEM) : []) {
		if (Number(m[1]) !== expected) continue;
		cuts.add(m.index + m[0].length);
		expected++;
	}
	return [...cuts].sort((a, b) => a - b);
}

/** Splits `…申请表.docx2.…汇总表.docx` or `1.申报书；2.汇总表` into its items. */
function splitGlued(text: string, offset: number): Array<{ text: string; start: number }> {
	const parts: Array<{ text: string; start: number }> = [];
	let last = 0;
	for (const cut of cutsOf(text)) {
		parts.push({ text: text.slice(last, cut), start: offset + last });
		last = cut;
	}
	parts.push({ text: text.slice(last), start: offset + last });
	return parts;
}

// 附件1+申请表.doc: a file name that repeats the attachment's number before its title.
const FILE_PREFIX = /^附\s*件\s*(\d{1,2})\s*[+＋_\-－]\s*/;

// 附件:1 申请表 / 附件：1申请表: a number set off by a space or nothing, as pages that drop the 、
// show it (not 12月…, 3个…: a title may start with a count).
const SPACED_NUMBER = /^\s*\d{1,2}(?:\s+|(?=[\u4e00-\u9fff《“]))(?=[^\d\s年月日号个项批])/;

/** An item's number marker: 1. / 1、 / (1), or a number and a space. */
function itemNumbering(text: string): { marker: string } | null {
	return numberingOf(text) ?? (SPACED_NUMBER.exec(text) ? { marker: SPACED_NUMBER.exec(text)![0] } : null);
}

/** Reads one item: `2.国家标准化试点项目申报书` → { no: 2, title }. */
function readItem(text: string, start: number, fallbackNo: number | null): ListedAttachment | null {
	const numbering = itemNumbering(text);
	const rest = numbering ? text.slice(numbering.marker.length) : text;
	const prefix = FILE_PREFIX.exec(rest.trimStart());
	const body = prefix ? rest.trimStart().slice(prefix[0].length) : rest;
	const lead = text.length - body.trimStart().length;
	const title = body.trim().replace(/[。；;，,]$/, '').replace(/\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|txt)$/i, '');
	if (title === '') return null;
	const no = numbering ? Number(/\d+/.exec(numbering.marker)?.[0] ?? NaN) : prefix ? Number(prefix[1]) : fallbackNo;
	return { no: Number.isFinite(no) ? no : null, title, start: start + lead, end: start + lead + title.length };
}

/**
 * Reads the items of one line of an attachment list; `first` says whether the line carries the
 * 附件： label. Items in prose (《…》和《…》) become unnumbered items.
 * @example parseAttachmentLine('附件：1.申报书', 0, true) // [{ no: 1, title: '申报书', start: 5, end: 8 }]
 */
export function parseAttachmentLine(text: string, offset: number, first: boolean): ListedAttachment[] {
	let body = text;
	let at = offset;
	if (first) {
		const label = /^附\s*件\s*(\d{1,2})?\s*(?:是|为|包括)?\s*[：:]?\s*/.exec(text);
		if (label?.[1]) {
			const item = readItem(text.slice(label[0].length), offset + label[0].length, Number(label[1]));
			return item ? [item] : [];
		}
		body = text.slice(label?.[0].length ?? 0);
		at = offset + (label?.[0].length ?? 0);
	}
	// `[^《》]`: with `[^》]` every 《 of a long run of them scanned to the line's end.
	const quoted = [...body.matchAll(/《([^《》]+)》/g)];
	if (quoted.length > 0 && !itemNumbering(body)) {
		return quoted.map((m) => ({ no: null, title: m[1]!, start: at + m.index + 1, end: at + m.index + 1 + m[1]!.length }));
	}
	return splitGlued(body, at)
		.map((part) => readItem(part.text, part.start, null))
		.filter((item): item is ListedAttachment => item !== null);
}

/** A comparison key for attachment titles: no spaces, brackets, quotes or book-title marks. */
export function titleKey(title: string): string {
	return title.replace(/[\s《》“”"'（）()〔〕\[\]【】.．、：:]/g, '').toLowerCase();
}
