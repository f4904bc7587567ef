/**
 * A synthetic notice before numbering: parts (the notice, then its attachments) of sections of
 * paragraphs. Numbers are given only when it is written out as blocks, so removing a section
 * renumbers those after it, as in a real notice.
 */
import type { TextBlock } from '../src/compare/types.ts';
import { numberedText } from '../src/text/outline-number.ts';

/** A section: its heading words and its paragraphs, each a list of sentences. */
export interface DraftSection {
	name: string;
	paragraphs: string[][];
	/** Paragraphs written as numbered items: （一）…（二）… */
	items: boolean;
}

/** The notice (title null) or one of its attachments. */
export interface DraftPart {
	title: string | null;
	sections: DraftSection[];
}

export interface Draft {
	preamble: string[][];
	parts: DraftPart[];
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A Chinese outline number from 1 to 99.
 * @example chineseNumber(12) // '十二'
 */
export function chineseNumber(n: number): string {
	if (n <= 10) return DIGITS[n] ?? '';
	return `${n >= 20 ? (DIGITS[Math.floor(n / 10)] ?? '') : ''}十${DIGITS[n % 10] ?? ''}`;
}

/**
 * The blocks of a draft as ingest writes them: sections as 一、… headings (depth 2, or 3 inside an
 * attachment), items as （一）… paragraphs, attachments under 附件N headings with their title; the
 * outline numbers are block data.
 * @param draft A draft.
 * @example draftToBlocks({ preamble: [['前言。']], parts: [] })
 * // [{ type: 'paragraph', numbering: null, level: null, text: '前言。', part: null, attachment: null }]
 */
export function draftToBlocks(draft: Draft): TextBlock[] {
	const plain = { numbering: null, level: null, part: null, attachment: null };
	const blocks: TextBlock[] = draft.preamble.map((p) => ({ type: 'paragraph', ...plain, text: p.join('') }));
	draft.parts.forEach((part, index) => {
		const attachment = part.title === null ? null : index;
		if (part.title !== null) {
			blocks.push({ type: 'heading', depth: 2, numbering: null, level: null, text: `附件${index}`, attachment });
			blocks.push({ type: 'paragraph', ...plain, text: part.title, part: 'title', attachment });
		}
		const depth = part.title === null ? 2 : 3;
		part.sections.forEach((section, i) => {
			blocks.push({ type: 'heading', depth, numbering: `${chineseNumber(i + 1)}、`, level: 1, text: section.name, attachment });
			section.paragraphs.forEach((p, k) => {
				const numbering = section.items ? `（${chineseNumber(k + 1)}）` : null;
				blocks.push({ type: 'paragraph', ...plain, numbering, level: numbering === null ? null : 2, text: p.join(''), attachment });
			});
		});
	});
	return blocks;
}

/**
 * The number of characters of a draft's text.
 * @param draft A draft.
 */
export function draftLength(draft: Draft): number {
	return draftToBlocks(draft).reduce((n, block) => n + numberedText(block).length, 0);
}
