/**
 * What the lines around a person add to a contact: an address (with the office named in it), a
 * postcode, e-mails, and the numbers of a phone line or of a line of nothing but numbers.
 */
import { findPhones, hasPhone } from '../../text/phones.ts';
import { ORG_END, readEmails, type Contact } from './contact-people.ts';

export const ADDRESS = /(?:地址|寄送地址|邮寄地址|通讯地址|联系地址|地点)\s*[：:]\s*([^；;]+)/;
const POSTCODE = /(?:邮政编码|邮编)\s*[：:]?\s*(\d{6})(?!\d)/;
// 北京市东城区建国门内大街甲9号全国旅游标准化技术委员会秘书处: the office after the house number.
const ADDRESS_THEN_ORG = /^(.+?(?:号|室|楼|座))([\u4e00-\u9fff]{4,}.*)$/;

/** Address, org and postcode from an address line: 上海市市场监督管理局，肇嘉浜路301号，邮政编码200032。 */
function addressOf(value: string): { address: string | null; org: string | null; postcode: string | null } {
	const postcode = POSTCODE.exec(value)?.[1] ?? null;
	const parts = value.replace(/[（(]注[：:][^）)]*[）)]/g, '').replace(POSTCODE, '').split(/[，,；;]/).map((s) => s.replace(/[。.）)]$/, '').trim()).filter(Boolean);
	let org = parts.length > 1 && ORG_END.test(parts[0]!) ? parts.shift()! : null;
	const tail = parts.length === 1 ? ADDRESS_THEN_ORG.exec(parts[0]!) : null;
	if (tail && ORG_END.test(tail[2]!.replace(/[（(].*[）)]$/, ''))) [parts[0], org] = [tail[1]!, org ?? tail[2]!];
	return { address: parts.join('，') || null, org, postcode };
}

/** Fills what a line adds (address, org, postcode, e-mails, phones) into each contact of a group. */
export function complete(group: Contact[], line: string, phones: string[]): void {
	const address = line.includes('地') ? ADDRESS.exec(line) : null;
	const a = address ? addressOf(address[1]!) : null;
	const postcode = a?.postcode ?? (line.includes('邮') ? POSTCODE.exec(line)?.[1] : null) ?? null;
	const emails = /邮箱|e-?mail|邮件/i.test(line) ? readEmails(line) : [];
	for (const c of group) {
		if (a?.address && !c.address) c.address = a.address;
		if (a?.org && !c.org) c.org = a.org;
		if (postcode && !c.postcode) c.postcode = postcode;
		for (const e of emails) if (!c.emails.includes(e)) c.emails.push(e);
		for (const p of phones) if (!c.phones.includes(p)) c.phones.push(p);
	}
}

/** Whether a line adds something to a contact: an address, postcode, e-mail or phone line. */
export function addsToContact(line: string, phones: string[]): boolean {
	return phones.length > 0 || ADDRESS.test(line) || POSTCODE.test(line) || (/邮箱|e-?mail|邮件/i.test(line) && readEmails(line).length > 0);
}

/** The numbers of a phone line (电话：…, 传真：…) or of a line of nothing but numbers. */
export function phonesOf(line: string): string[] {
	if (!hasPhone(line)) return [];
	const phones = findPhones(line);
	if (/^(?:联系|办公|咨询)?电话|^传真|^手机/.test(line)) return phones.map((p) => p.value);
	let rest = line;
	for (const p of phones.toReversed()) rest = rest.slice(0, p.start) + rest.slice(p.end);
	return /^[\s、，,；;。（）()]*$/.test(rest) ? phones.map((p) => p.value) : [];
}
