/** Tiny notices for tests: `## 一、范围` is a depth-2 heading, `@title 标题` a title part, other lines paragraphs. */
import type { TextBlock } from '../../../src/compare/types.ts';

export function doc(text: string): TextBlock[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line): TextBlock => {
			const heading = /^(#+) (.*)$/u.exec(line);
			if (heading) return { type: 'heading', depth: heading[1]!.length, text: heading[2]! };
			const part = /^@(\w+) (.*)$/u.exec(line);
			if (part) return { type: 'paragraph', text: part[2]!, part: part[1] as 'title' };
			return { type: 'paragraph', text: line };
		});
}
