/**
 * `tel:` links for phone numbers written as the notice has them.
 */

// An extension (64220000转2527) cannot be dialled as one number: dial the switchboard and leave
// the extension to the visible text, rather than call a different number.
const EXTENSION = /(转|分机|ext\.?|x)\s*\d+\s*$/i;

/**
 * The `tel:` href of a phone number: its digits and `+` only.
 * @param phone A number as written, e.g. `010-82262964`, `64220000转2527`.
 * @returns The href, or null when there is nothing to dial.
 * @example telHref('010-82262964') // 'tel:01082262964'
 * @example telHref('64220000转2527') // 'tel:64220000'
 */
export function telHref(phone: string): string | null {
	const number = phone.replace(EXTENSION, '').replace(/[^\d+]/g, '');
	return /\d/.test(number) ? `tel:${number}` : null;
}
