/**
 * What the extraction plugins share through `file.data`: the record being filled, the anchors of
 * facts found so far and the notice's blocks.
 */
import type { VFile } from 'vfile';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { factId } from '../../schemas/fact.ts';
import { hasCode } from '../../text/chars.ts';
import { sentencesOf as splitText } from '../../text/split-sentences.ts';
import type { Anchor, FactKind } from '../types.ts';
import type { Block } from './blocks.ts';

declare module 'vfile' {
	interface DataMap {
		/** The record as the plugins fill it. */
		notice: Partial<NoticeRecord>;
		/** Where each fact was found. */
		anchors: Anchor[];
		/** The notice's blocks in document order. */
		blocks: Block[];
	}
}

/** The record being filled on a file. */
export function noticeOf(file: VFile): Partial<NoticeRecord> {
	return (file.data.notice ??= {});
}

/** The blocks of the notice on a file. */
export function blocksOfFile(file: VFile): Block[] {
	return file.data.blocks ?? [];
}

/** Records where the `index`-th fact of a kind was found: `[start, end)` in the logical text. */
export function addAnchor(file: VFile, kind: FactKind, index: number, start: number, end: number): void {
	if (end <= start) return;
	(file.data.anchors ??= []).push({ id: factId(kind, index), kind, start, end });
}

/** A piece of text and its offset. */
export interface Span {
	text: string;
	start: number;
}

/**
 * Splits a span into sentences after 。！？； (and the closing quotes or brackets right after them),
 * with the one splitter the comparator and the site use (src/text/split-sentences.ts).
 * @example sentencesOf({ text: '甲。乙；丙', start: 0 }).map((s) => s.text) // ['甲。', '乙；', '丙']
 */
export function sentencesOf(span: Span, stops = '。！？；'): Span[] {
	return splitText(span.text, stops).map((s) => ({ text: s.text, start: span.start + s.start }));
}

/**
 * The clause around `[at, end)`: out to the nearest ，；。 or unmatched bracket, and no further than
 * `within` (the facts next to it, so that the clauses of many facts in one sentence do not each
 * take in the others: 20,000 caps in one sentence without a comma gave 20,000 copies of it).
 * @example clauseAround({ text: '甲，乙不超过3个，丙', start: 0 }, 3, 8).text // '乙不超过3个'
 */
export function clauseAround(s: Span, at: number, end: number, within = { from: 0, to: s.text.length }): Span {
	let from = at;
	for (let depth = 0; from > within.from; from--) {
		const c = s.text.charCodeAt(from - 1);
		if (hasCode('）)', c)) depth++;
		else if (hasCode('（(', c)) {
			if (depth === 0) break;
			depth--;
		} else if (depth === 0 && hasCode('，；。', c)) break;
	}
	let to = end;
	for (let depth = 0; to < within.to; to++) {
		const c = s.text.charCodeAt(to);
		if (hasCode('（(', c)) depth++;
		else if (hasCode('）)', c)) {
			if (depth === 0) break;
			depth--;
		} else if (depth === 0 && hasCode('，；。', c)) break;
	}
	return { text: s.text.slice(from, to), start: s.start + from };
}

