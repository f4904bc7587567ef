/**
 * An excerpt of a result's text around a match, long enough to read a Chinese clause (about 110
 * characters; Pagefind's default counts 30 words, which is a dozen Chinese characters), as plain
 * and marked parts so the page builds it with text nodes, never HTML from the notice.
 */
import type { Range } from './find-ranges.ts';

/** A piece of excerpt text, highlighted or not. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const BEFORE = 30;
const LENGTH = 110;

/**
 * The excerpt around `focus`, with every range inside it marked; whitespace shown as one space,
 * an ellipsis where text was cut.
 * @param content The page's indexed text.
 * @param ranges All match ranges, sorted.
 * @param focus The match to centre on.
 * @example excerptParts('……截止日期：8月15日前报送', [[7, 12]], [7, 12]) // [{ text: '……截止日期：', mark: false }, { text: '8月15日', mark: true }, …]
 */
export function excerptParts(content: string, ranges: readonly Range[], focus: Range): ExcerptPart[] {
	let start = Math.max(0, focus[0] - BEFORE);
	// Start at the beginning of the block when it is close: a sentence reads better whole.
	const block = content.slice(start, focus[0]).search(/\s\S*$/u);
	if (block >= 0) start += block + 1;
	const end = Math.min(content.length, Math.max(start + LENGTH, focus[1]));
	const parts: ExcerptPart[] = [];
	// Pagefind ends a block without final punctuation with '. ': that dot is not the notice's.
	const added = (i: number) => content[i] === '.' && /\s/u.test(content.charAt(i + 1)) && content.charCodeAt(i - 1) > 0x7f;
	const push = (from: number, to: number, mark: boolean) => {
		let text = '';
		for (let i = from; i < to; i++) if (mark || !added(i)) text += content.charAt(i);
		text = text.replace(/\s+/gu, ' ');
		if (text !== '') parts.push({ text, mark });
	};
	if (start > 0 && !/\s/u.test(content.charAt(start - 1))) parts.push({ text: '…', mark: false });
	let at = start;
	for (const [from, to] of ranges) {
		if (to <= start || from >= end) continue;
		push(at, Math.max(at, from), false);
		push(Math.max(at, from), Math.min(to, end), true);
		at = Math.min(to, end);
	}
	push(at, end, false);
	if (end < content.length) parts.push({ text: '…', mark: false });
	return parts;
}
