/**
 * Telephone numbers as Chinese notices write them: 010-82262964, 024-96315-1-3515, 27113062,
 * 64220000转2527(分机), 13840110917, 400-123-4567, (010)82262964, 055162871740 (an area code
 * glued to the number: 010 and 02x take 8 digits, other codes 7 or 8). libphonenumber-js parses a
 * number it is given, but cannot find numbers in running Chinese text written with 转/分机 and
 * local numbers without an area code, so finding them is ours; each number stays as written.
 */

const PHONE =
	/(?<![\d@.])(?:1[3-9]\d{9}|400-?\d{3}-?\d{4}|[（(]0\d{2,3}[）)]\s*\d{7,8}|0\d{2,3}[-－—]\d{4,8}(?:[-－]\d{1,5})*|0(?:10|2\d)\d{8}|0[3-9]\d{2}\d{7,8}|\d{7,8}(?:[-－]\d{1,5})?)(?:转\d{2,6})?(?![\d@])/g;

/** One number found in a text, as written, with its offsets. */
export interface PhoneMatch {
	value: string;
	start: number;
	end: number;
}

/**
 * Finds the telephone numbers in a text.
 * @example findPhones('联系人：胡宇 024-96315-1-3515 13840110917').map((p) => p.value) // ['024-96315-1-3515', '13840110917']
 */
export function findPhones(text: string): PhoneMatch[] {
	const phones: PhoneMatch[] = [];
	// exec on the shared PHONE, not matchAll, which clones it: contacts reads every short line.
	PHONE.lastIndex = 0;
	for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
		phones.push({ value: m[0].replace(/[－—]/g, '-'), start: m.index, end: m.index + m[0].length });
	}
	return phones;
}

/** Whether a text holds a telephone number: `findPhones(text).length > 0`, without collecting them. */
export function hasPhone(text: string): boolean {
	PHONE.lastIndex = 0;
	const found = PHONE.test(text);
	PHONE.lastIndex = 0;
	return found;
}
