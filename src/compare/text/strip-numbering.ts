/**
 * The outline numbers notices put in front of headings and list items (一、 （三） 1. （2） ①),
 * which change whenever an item is inserted above, so alignment must look past them.
 */

// The markers of GB/T 9704-2012 §7.3.3's four levels (一、（一）1.（1）) plus the circled digits and
// 第…章/条 some local notices use. `1.` must not be a decimal: 1.5亿 keeps its number.
const CN = '[一二三四五六七八九十百零〇两]+';
const MARKER = new RegExp(
	`^(?:${CN}、|[（(]${CN}[）)]|[（(]\\d+[）)]|\\d+[.．、](?!\\d)|[①-⑳]|第${CN}[章节条部分])\\s*`,
	'u',
);

/**
 * The length of the outline number at the start of `text`, with its trailing spaces; 0 if none.
 * @param text A heading or list item.
 * @example numberingLength('（三）申报条件') // 3
 */
export function numberingLength(text: string): number {
	return MARKER.exec(text)?.[0].length ?? 0;
}

/**
 * A heading or item without its outline number.
 * @param text A heading or list item.
 * @example stripNumbering('三、申报条件') // '申报条件'
 */
export function stripNumbering(text: string): string {
	return text.slice(numberingLength(text));
}
