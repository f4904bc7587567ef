/**
 * The contacts (联系人) facet: the same person or desk matched by name, else by a shared phone or
 * e-mail, else by organisation and role; a matched contact lists the fields that differ.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import type { ContactChange } from '../types.ts';
import { inBOrder } from './in-b-order.ts';
import { pairWhere } from './pair.ts';

type Contact = NoticeRecord['contacts'][number];

const FIELDS = ['name', 'role', 'org', 'phones', 'emails', 'address', 'postcode'] as const;

/**
 * Compare two notices' contacts.
 * @param a The contacts of `a`.
 * @param b The contacts of `b`.
 * @example compareContacts([liHan], [{ ...liHan, phones: ['010-1'] }])[0]?.fields // ['phones']
 */
export function compareContacts(a: readonly Contact[], b: readonly Contact[]): ContactChange[] {
	// A notice may list one person twice (a general line and a desk), so name with role goes first.
	const pairing = pairWhere(a, b, (x, y) => x.name !== null && x.name === y.name && x.role === y.role);
	pairWhere(a, b, (x, y) => x.name !== null && x.name === y.name, pairing);
	pairWhere(a, b, sharesChannel, pairing);
	pairWhere(a, b, (x, y) => (x.org ?? x.role) !== null && x.org === y.org && x.role === y.role, pairing);
	return inBOrder(a, b, pairing.edges).map(({ kind, x, y }) => {
		if (kind !== 'paired') return { status: kind, a: x, b: y, substantive: true, fields: [] };
		const fields = FIELDS.filter((field) => !sameValue(field, x[field], y[field]));
		const status = fields.length === 0 ? 'kept' : 'changed';
		return { status, a: x, b: y, substantive: status === 'changed', fields };
	});
}

// Numbers are written 010-82262964 or 010 82262964; the digits (and 转 extension) are the number.
const phoneKey = (phone: string) => phone.replace(/[\s\-－—–()（）]/gu, '');

function sharesChannel(x: Contact, y: Contact): boolean {
	const phones = new Set(x.phones.map(phoneKey));
	const emails = new Set(x.emails.map((e) => e.toLowerCase()));
	return y.phones.some((p) => phones.has(phoneKey(p))) || y.emails.some((e) => emails.has(e.toLowerCase()));
}

// Phones and e-mails are sets: listing the same numbers in another order, or spaced otherwise,
// is no change.
function sameValue(field: string, x: string | string[] | null, y: string | string[] | null): boolean {
	if (!Array.isArray(x) || !Array.isArray(y)) return x === y;
	const key = field === 'phones' ? phoneKey : (e: string) => e.toLowerCase();
	const set = (values: string[]) => values.map(key).sort().join('\n');
	return set(x) === set(y);
}
