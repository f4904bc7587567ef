/**
 * A contact on one line, for places that have no room for the contact card: the CSV export and
 * the printed checklist's header.
 */
import type { NoticeRecord } from '../schemas/notice.ts';

/**
 * Every part of a contact the notice gives, in reading order, separated by spaces.
 * @param contact One of the record's contacts.
 * @example contactLine({ name: '胡宇', role: null, org: null, phones: ['13840110917'],
 *   emails: ['a@b.cn'], address: null, postcode: null }) // '胡宇 13840110917 a@b.cn'
 */
export function contactLine(contact: NoticeRecord['contacts'][number]): string {
	const { name, role, org, phones, emails, address, postcode } = contact;
	return [name, role, org, ...phones, ...emails, address, postcode].filter(Boolean).join(' ');
}
