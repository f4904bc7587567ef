/**
 * 联系人: people, desks and offices to reach. Lines are read one by one: a person line (联系人：…,
 * a desk 智慧农业领域：孟宪芸 27182054, or a line under …支撑单位及联系人：) starts a group of
 * contacts; address, e-mail, postcode and phone lines after it complete that group; an address
 * line before any person (纸质材料寄送地址：…) is an office of its own.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { ORG_SUFFIX } from '../segment/patterns.ts';
import { findPhones, hasPhone } from '../text/phones.ts';
import { partOf, withoutNumbering } from './blocks.ts';
import { addAnchor, blocksOfFile, noticeOf, type Span } from './context.ts';

type Contact = NoticeRecord['contacts'][number];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const PERSON_LABEL = /^(.{0,60}?)(?:联系人(?:及(?:联系)?(?:电话|方式))?|联系方式)\s*[：:]\s*/;
const DESK = /^([^：:，。]{2,60}?(?:领域|专项|方向|事项|业务)[^：:，。]{0,40}?)[：:]\s*(?=[\u4e00-\u9fff]{2,4}(?:[\s，,、]|\d|$))/;
const ADDRESS = /(?:地址|寄送地址|邮寄地址|通讯地址|联系地址|地点)\s*[：:]\s*(.+)$/;
const POSTCODE = /(?:邮政编码|邮编)\s*[：:]?\s*(\d{6})(?!\d)/;
const HEADER = /^(.{2,60}?)(?:及|和)联系人[：:]$/;
const ORG_THEN_NAMES = new RegExp(`^(.{2,40}${ORG_SUFFIX})([\\u4e00-\\u9fff、，,\\s]{2,20})$`);
const ORG_END = new RegExp(`${ORG_SUFFIX}$`);
const LABEL_WORDS = /(?:联系电话|办公电话|咨询电话|电话|手机|传真|座机|分机|电子邮箱|邮箱|E-?mail)[：:]?/gi;

const emptyContact = (): Contact => ({ name: null, role: null, org: null, phones: [], emails: [], address: null, postcode: null });

/** Names (and the org before them) from what is left of a person line once numbers are out. */
function peopleOf(segment: string): { org: string | null; names: string[] } {
	const clean = segment.replace(LABEL_WORDS, ' ').replace(/[（(][^）)]*[）)]/g, ' ').trim();
	const m = ORG_THEN_NAMES.exec(clean.replace(/\s+/g, ''));
	const org = m ? m[1]! : null;
	const rest = m ? m[2]! : clean;
	const names = rest.split(/[\s、，,；;]+/).filter((n) => /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,2}(?:老师|同志|先生|女士|工)$/.test(n) && !ORG_END.test(n));
	return { org: org ?? (names.length === 0 && ORG_END.test(clean) ? clean : null), names };
}

/** Reads the people of one person line: names each followed by their numbers. */
function personLine(value: string, role: string | null): Contact[] {
	const phones = findPhones(value);
	const emails = [...value.matchAll(EMAIL)].map((m) => m[0]);
	const segments: Array<{ text: string; phones: string[] }> = [];
	let last = 0;
	for (const p of phones) {
		const text = value.slice(last, p.start);
		if (text.replace(LABEL_WORDS, '').replace(/[\s，,、：:；;]/g, '') || segments.length === 0) segments.push({ text, phones: [] });
		segments.at(-1)!.phones.push(p.value);
		last = p.end;
	}
	if (last < value.length && !value.slice(last).match(/^[\s（(传真分机）)。；，,]*$/)) segments.push({ text: value.slice(last), phones: [] });
	const out: Contact[] = [];
	for (const seg of segments) {
		const { org, names } = peopleOf(seg.text);
		for (const name of names.length > 0 ? names : [null]) {
			if (!name && !org && seg.phones.length === 0) continue;
			out.push({ ...emptyContact(), name, role, org, phones: [...seg.phones], emails });
		}
	}
	return out;
}

/** Address, org and postcode from an address line: 上海市市场监督管理局，肇嘉浜路301号，邮政编码200032。 */
function addressOf(value: string): { address: string | null; org: string | null; postcode: string | null } {
	const postcode = POSTCODE.exec(value)?.[1] ?? null;
	const parts = value.replace(/[（(]注[：:][^）)]*[）)]/g, '').replace(POSTCODE, '').split(/[，,；;]/).map((s) => s.replace(/[。.]$/, '').trim()).filter(Boolean);
	const org = parts.length > 1 && ORG_END.test(parts[0]!) ? parts.shift()! : null;
	return { address: parts.join('，') || null, org, postcode };
}

/** The unified plugin that fills `contacts`. */
export function remarkNoticeContacts() {
	return (_tree: Root, file: VFile) => {
		const contacts: Contact[] = [];
		const spans: Span[] = [];
		let group: Contact[] = [];
		let pendingRole: string | null = null;
		const push = (found: Contact[], span: Span) => {
			contacts.push(...found);
			found.forEach(() => spans.push(span));
			group = found;
		};
		for (const block of blocksOfFile(file)) {
			if (partOf(block)) continue;
			const line = withoutNumbering(block);
			const text = line.text;
			if (text.length > 160) {
				group = [];
				continue;
			}
			// Each pattern is tried only on a line with the words it needs (联系人：, 联系, 地址 or 地点, 邮):
			// most lines have none, and the patterns' lazy labels tried up to 60 lengths on each.
			const header = text.endsWith('联系人：') || text.endsWith('联系人:') ? HEADER.exec(text) : null;
			if (header) {
				pendingRole = header[1]!;
				group = [];
				continue;
			}
			const label = text.includes('联系') ? PERSON_LABEL.exec(text) : null;
			const phoned = !label && hasPhone(text);
			// A desk line names its person and number; 科技创新领域：氢能、… is a domain, not a desk.
			const desk = label || !phoned ? null : DESK.exec(text);
			if (label || desk || (pendingRole && phoned)) {
				const role = label ? label[1]! || null : desk ? desk[1]! : pendingRole;
				const value = text.slice((label ?? desk)?.[0].length ?? 0);
				const found = personLine(value.replace(ADDRESS, ''), role);
				if (found.length > 0) push(found, line);
				pendingRole = null;
				continue;
			}
			const address = text.includes('地') ? ADDRESS.exec(text) : null;
			const postcode = text.includes('邮') ? POSTCODE.exec(text)?.[1] : undefined;
			const emails = /邮箱|e-?mail|邮件/i.test(text) ? [...text.matchAll(EMAIL)].map((m) => m[0]) : [];
			const phones = /^(?:联系|办公|咨询)?电话|^传真|^手机/.test(text) ? findPhones(text).map((p) => p.value) : [];
			if (!address && !postcode && emails.length === 0 && phones.length === 0) {
				if (!/^[（(]?[一二三四五六七八九十\d]*[）)]?\s*联系方式[：:]?$/.test(text)) group = [];
				continue;
			}
			if (group.length === 0) push([emptyContact()], line);
			const a = address ? addressOf(address[1]!) : null;
			for (const c of group) {
				if (a?.address && !c.address) c.address = a.address;
				if (a?.org && !c.org) c.org = a.org;
				if ((a?.postcode ?? postcode) && !c.postcode) c.postcode = a?.postcode ?? postcode ?? null;
				for (const e of emails) if (!c.emails.includes(e)) c.emails.push(e);
				for (const p of phones) if (!c.phones.includes(p)) c.phones.push(p);
			}
		}
		noticeOf(file).contacts = contacts.map((c, i) => {
			addAnchor(file, 'contact', i, spans[i]!.start, spans[i]!.start + spans[i]!.text.length);
			return c;
		});
	};
}
