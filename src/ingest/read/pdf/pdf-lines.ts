/**
 * Rebuilds lines from the positioned text pieces pdf.js gives for a page: pieces on one
 * baseline are one line, read left to right; pages are read top to bottom.
 */

/** One piece of text as pdf.js placed it (PDF units, origin bottom left). */
export interface PdfItem {
	str: string;
	x: number;
	y: number;
	width: number;
	/** The font size: the text matrix's vertical scale. */
	size: number;
}

/** One rebuilt line: its text, where it starts and ends, its baseline and font size. */
export interface PdfLine {
	text: string;
	left: number;
	right: number;
	y: number;
	size: number;
}

/** Pieces whose baselines differ by less than this share of the font size sit on one line. */
const SAME_LINE = 0.3;

/**
 * The lines of one page, top to bottom.
 * @param items The page's text pieces in content order.
 * @example itemsToLines([{ str: '通知', x: 10, y: 700, width: 28, size: 14 }])
 * // [{ text: '通知', left: 10, right: 38, y: 700, size: 14 }]
 */
export function itemsToLines(items: readonly PdfItem[]): PdfLine[] {
	const rows: PdfItem[][] = [];
	const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
	for (const item of sorted) {
		const row = rows.at(-1);
		if (row && Math.abs(row[0]!.y - item.y) < SAME_LINE * Math.max(item.size, row[0]!.size)) row.push(item);
		else rows.push([item]);
	}
	return rows.map((row) => {
		row.sort((a, b) => a.x - b.x);
		let text = '';
		let end = row[0]!.x;
		for (const item of row) {
			// A gap wider than half a character was a space (or tab) in the source.
			if (text !== '' && item.x - end > item.size * 0.5 && !text.endsWith(' ')) text += ' ';
			text += item.str;
			end = item.x + item.width;
		}
		const size = Math.max(...row.map((i) => i.size));
		return { text: text.trimEnd(), left: row[0]!.x, right: end, y: row[0]!.y, size };
	});
}
