/**
 * A link that lands on the match itself: the section's id, then a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/) for the matched text with a few characters
 * before it, so the browser scrolls to and highlights it; where text fragments are unsupported or
 * the text is not found, the id still lands on the section.
 */
import type { Range } from './find-ranges.ts';

// The directive's own syntax characters must be percent-encoded inside its values.
const encode = (text: string) => encodeURIComponent(text).replace(/-/gu, '%2D').replace(/,/gu, '%2C');

/**
 * The fragment part of a result link.
 * @param content The page's indexed text.
 * @param range The match.
 * @param id The id of its section's heading, if any.
 * @example resultHash('联系人：胡宇', [4, 6], 'card-contact') // '#card-contact:~:text=%E8%81%94…-,%E8%83%A1%E5%AE%87'
 */
export function resultHash(content: string, range: Range, id: string | null): string {
	const before = /\S{0,6}$/u.exec(content.slice(Math.max(0, range[0] - 6), range[0]))?.[0] ?? '';
	const text = content.slice(range[0], range[1]);
	const directive = `:~:text=${before === '' ? '' : `${encode(before)}-,`}${encode(text)}`;
	return `#${id === null ? '' : encodeURIComponent(id)}${directive}`;
}
