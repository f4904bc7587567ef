/**
 * Drops running headers, footers and page numbers: lines at the top or bottom of a page that
 * repeat at the same height on most pages. Digits are masked before comparing, so 第 1 页 and
 * 第 2 页 count as the same line.
 */
import type { PdfLine } from './pdf-lines.ts';

/** How many lines at each end of a page may be a header or footer. */
const EDGE = 2;
/** Baselines within this many PDF units count as the same height. */
const SAME_HEIGHT = 2;

const keyOf = (line: PdfLine) => `${Math.round(line.y / SAME_HEIGHT)}|${line.text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '')}`;

/** Whether a line is only a page number: `3`, `- 3 -`, `— 3 —`, `3/4`, `第 3 页`, `第3页 共4页`. */
export const isPageNumber = (text: string) => /^[-—–\s]*(?:第?\s*\d+\s*页?\s*(?:[/／]\s*\d+|共\s*\d+\s*页)?)[-—–\s]*$/.test(text.trim());

/**
 * The pages without their running lines.
 * @param pages Each page's lines, top to bottom.
 * @returns The same pages, less the edge lines repeated at one height on more than half of the
 * pages (with two pages or more) and the edge lines that are only a page number.
 */
export function dropRunningLines(pages: readonly PdfLine[][]): PdfLine[][] {
	const edges = (lines: readonly PdfLine[]) => new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)]);
	const counts = new Map<string, number>();
	for (const lines of pages) {
		for (const key of new Set([...edges(lines)].map(keyOf))) counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const running = (line: PdfLine) => pages.length >= 2 && (counts.get(keyOf(line)) ?? 0) * 2 > pages.length;
	return pages.map((lines) => {
		const edge = edges(lines);
		return lines.filter((line) => !edge.has(line) || !(running(line) || isPageNumber(line.text)));
	});
}
