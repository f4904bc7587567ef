/**
 * The focus list of a domain in running text: 重点在A、B等领域, 围绕A、B等开展, 面向A、B等重点领域,
 * 重点支持A和B试点. A list closed by 等 wins over one that is not; the first such list wins.
 */
import { hasCode } from '../../text/chars.ts';
import type { Span } from './context.ts';
import { cleanItems, splitEnumeration } from './enumeration.ts';

const TRIGGER = /(?:重点(?:在|支持|围绕|聚焦|面向|包括)?|围绕|面向|聚焦|包括|涵盖)/g;
const OPEN = '（(《“「【〔';
const CLOSE = '）)》”」】〕';
// The longest list in the seeds and wild fixtures runs 124 characters to its stop. A list is read
// only if it stops within this many, so a 2 MB line with a trigger word every few characters costs
// triggers × this, not triggers × line length (quadratic: 100 kB of 围绕农业、 took 39 s).
const MAX_LIST_LENGTH = 500;
const ETC = '等'.charCodeAt(0);

/** A list that follows a trigger word: its text, offset, whether 等 closed it and what follows. */
export interface Enumeration {
	text: string;
	start: number;
	etc: boolean;
	after: string;
}

/**
 * Reads the enumeration that starts at `from`: up to the first top-level ，。；：, then cut at the
 * last top-level 等. A list that does not stop within MAX_LIST_LENGTH characters is none.
 */
export function enumerationAfter(text: string, from: number): Enumeration | null {
	let depth = 0;
	let end = text.length;
	let lastEtc = -1;
	const limit = Math.min(text.length, from + MAX_LIST_LENGTH);
	for (let i = from; i < limit; i++) {
		const c = text.charCodeAt(i);
		if (hasCode(OPEN, c)) depth++;
		else if (hasCode(CLOSE, c)) depth = Math.max(0, depth - 1);
		else if (depth === 0 && hasCode('，。；：,;', c)) {
			end = i;
			break;
		} else if (depth === 0 && c === ETC) lastEtc = i;
	}
	if (end === text.length && limit < text.length) return null;
	const stop = lastEtc >= 0 ? lastEtc : end;
	const body = text.slice(from, stop);
	if (!body.includes('、') && !/(?:和|以及)/.test(body)) return null;
	return { text: body, start: from, etc: lastEtc >= 0, after: text.slice(stop + (lastEtc >= 0 ? 1 : 0), end) };
}

/** The focus items in a paragraph or clause; empty when it lists none. */
export function focusOf(span: Span): Span[] {
	let weak: Span[] = [];
	for (const m of span.text.matchAll(TRIGGER)) {
		const list = enumerationAfter(span.text, m.index + m[0].length);
		if (!list) continue;
		const items = cleanItems(splitEnumeration({ text: list.text, start: span.start + list.start }));
		if (items.length < 2) continue;
		if (list.etc) return items;
		if (weak.length === 0) weak = items;
	}
	return weak;
}
