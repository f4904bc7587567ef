/**
 * Character tests for loops that read a text one code unit at a time. They compare char codes:
 * `text[i]` of a Han character allocates a new one-character string, and those allocations were
 * most of the cost of such loops over a notice.
 */

/**
 * Whether `code` is the code of one of the characters of `chars` (BMP characters only).
 * @example hasCode('，；。', '；'.charCodeAt(0)) // true
 */
export function hasCode(chars: string, code: number): boolean {
	for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
	return false;
}
