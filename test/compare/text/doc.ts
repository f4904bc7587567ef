/**
 * Tiny notices for tests: `## 一、范围` is a depth-2 heading, `@title 标题` a title part, other
 * lines paragraphs. Outline numbers become block data as ingest's segmenter makes them.
 */
import type { TextBlock } from '../../../src/compare/types.ts';
import { splitNumbering } from '../../../src/text/outline-number.ts';

export function doc(text: string): TextBlock[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line): TextBlock => {
			const heading = /^(#+) (.*)$/u.exec(line);
			if (heading) return { type: 'heading', depth: heading[1]!.length, ...numbered(heading[2]!) };
			const part = /^@(\w+) (.*)$/u.exec(line);
			if (part) return { type: 'paragraph', numbering: null, level: null, text: part[2]!, part: part[1] as 'title', attachment: null };
			return { type: 'paragraph', ...numbered(line), part: null };
		});
}

function numbered(text: string): { numbering: string | null; level: number | null; text: string; attachment: null } {
	const split = splitNumbering(text);
	return { ...split, level: split.numbering === null ? null : 1, attachment: null };
}
