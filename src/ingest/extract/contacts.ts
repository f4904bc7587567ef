/**
 * 联系人: people, desks and offices to reach. Lines are read one by one: a person line (联系人：…,
 * a desk 智慧农业领域：孟宪芸 27182054, a line under …支撑单位及联系人： or 联系人及电话：, a line
 * of bare names in a contact section) starts a group of contacts; address, e-mail, postcode and
 * phone lines after it complete that group; an address line before any person
 * (纸质材料寄送地址：…) is an office of its own when it sits in a contact section.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { hasPhone } from '../../text/phones.ts';
import { contextText, partOf, withoutNumbering, type Block } from './blocks.ts';
import { ADDRESS, addsToContact, complete, phonesOf } from './contact-fields.ts';
import { ORG_END, emptyContact, joinSpacedChars, namesOnly, personLine, type Contact } from './contact-people.ts';
import { addAnchor, blocksOfFile, noticeOf, type Span } from './context.ts';

const PERSON_LABEL = /^(.{0,60}?)(?:联系人(?:及(?:联系)?(?:电话|方式))?|联系方式)\s*[：:]\s*/;
const DESK = /^([^：:，。]{2,60}?(?:领域|专项|方向|事项|业务|咨询|支持)[^：:，。]{0,40}?)[：:]\s*(?=[\u4e00-\u9fff]{2,4}(?:[\s，,、（(]|\d|$))/;
const HEADER = /^(.{2,60}?)(?:及|和)联系人[：:]$/;
// A contact table's header row (联系人 联系电话 电子邮箱, 单位｜姓名｜电话): its rows follow.
// The rows may have been run into the header's line when the page lost its breaks.
const TABLE_HEADER = /^(?:\s*(?:序号|单位|处室|部门|职务|联系人|姓名|联系电话|办公电话|电话|手机|传真|电子邮箱|邮箱|地址|负责领域|领域|业务范围)\s*){2,}(?![：:])/;
const SECTION = /^[（(]?[一二三四五六七八九十\d]*[）)]?\s*联系方式[：:]?$/;
// A web page's footer: its own hotline is not the notice's contact.
// (技术支持：… is not one: notices name their system's help desk so.)
const FOOTER = /^(?:主办单位|承办单位|网站标识码|版权所有|网站地图)|ICP备|Copyright/i;
const ORG_LINE = /^[\u4e00-\u9fff（）()]{4,30}$/;
// Two person lines the page ran together (…电话：055162871740省新技术推广站，联系人：杨成…) part
// after the first one's number.
const NEXT_PERSON = /(?<=\d)(?=[^\d\s，,；;。、：:][^：:\d]{0,30}?联系人\s*[：:])/g;

/** A line, or the person lines run together in it, each with its offset. */
function personPieces(line: Span): Span[] {
	if (!line.text.includes('联系人')) return [line];
	const pieces: Span[] = [];
	let last = 0;
	for (const m of line.text.matchAll(NEXT_PERSON)) {
		pieces.push({ text: line.text.slice(last, m.index), start: line.start + last });
		last = m.index;
	}
	pieces.push({ text: line.text.slice(last), start: line.start + last });
	return pieces;
}

/** The unified plugin that fills `contacts`. */
export function remarkNoticeContacts() {
	return (tree: Root, file: VFile) => {
		// The page's footer (主办单位：…) may stand among the page lines the segmenter set apart:
		// notice lines below it are the page's too.
		const footer = Math.min(...(tree.data?.page ?? []).filter((p) => FOOTER.test(p.text)).map((p) => p.start));
		const contacts: Contact[] = [];
		const spans: Span[] = [];
		let group: Contact[] = [];
		// A header line (…及联系人：, 联系人及电话：) whose people follow on the next lines.
		let pending: { role: string | null } | null = null;
		let section = false;
		let orgLine: string | null = null;
		const push = (found: Contact[], span: Span): void => {
			// An org named on the line above belongs to the people right under it only.
			for (const c of found) if (!c.org && orgLine) c.org = orgLine;
			orgLine = null;
			contacts.push(...found);
			found.forEach(() => spans.push(span));
			group = found;
		};
		const read = (block: Block, line: Span): void => {
			// (联系人：霍 洁；联系电话：…): the brackets and the spaces of a justified layout go.
			let text = joinSpacedChars(line.text.replace(/^[（(](.*联系.*)[）)]$/, '$1'));
			if (SECTION.test(text) || block.node.type === 'heading') section = /联系/.test(text);
			// Each pattern is tried only on a line with the words it needs (联系人：, 联系, 地址 or 地点, 邮):
			// most lines have none, and the patterns' lazy labels tried up to 60 lengths on each.
			const head = text.includes('联系人') || text.includes('姓名') ? TABLE_HEADER.exec(text) : null;
			if (head && /联系人|姓名/.test(head[0])) {
				[pending, group] = [{ role: null }, []];
				text = text.slice(head[0].length);
				if (!text) return;
			}
			const header = text.endsWith('联系人：') || text.endsWith('联系人:') ? HEADER.exec(text) : null;
			const label = text.includes('联系') ? PERSON_LABEL.exec(text) : null;
			if (header || (label && label[0].length === text.length && !SECTION.test(text))) {
				[pending, group] = [{ role: header?.[1] ?? (label![1] || null) }, []];
				return;
			}
			const phoned = !label && hasPhone(text);
			// A desk line names its person and number; 科技创新领域：氢能、… is a domain, not a desk.
			const desk = label || !phoned ? null : DESK.exec(text);
			// Under a person line, another org, name and number (省标准化研究院 赵六 0531-…) is a
			// person of the same list.
			const next = !label && !desk && !pending && phoned && group.some((c) => c.name) && personLine(text, null).some((c) => c.name);
			if (label || desk || next || (pending && phoned)) {
				const prefix = (label ? label[1]! : desk ? desk[1]! : '').replace(/[，,、\s]+$/, '');
				const [org, role] = label && ORG_END.test(prefix) ? [prefix, null] : [null, prefix || pending?.role || null];
				const value = text.slice((label ?? desk)?.[0].length ?? 0);
				const found = personLine(value.replace(ADDRESS, ''), role).map((c) => ({ ...c, org: c.org ?? org }));
				if (found.length > 0) push(found, line);
				complete(found, value.replace(/^.*?(?=(?:地址|邮编|邮政编码))/, ''), []);
				if (!pending || !phoned) pending = null;
				return;
			}
			pending = null;
			const names = (group.length > 0 || section) && !phoned ? namesOnly(text) : [];
			if (names.length > 0) return push(names.map((name) => ({ ...emptyContact(), name })), line);
			const phones = phonesOf(text);
			if (!addsToContact(text, phones)) {
				orgLine = section && ORG_LINE.test(text) && ORG_END.test(text) ? text : null;
				if (!SECTION.test(text)) group = [];
				return;
			}
			// An address or mailbox in the body, outside a contact section and away from any
			// person (将材料报送至…（地址：…）, 受理地址：…), says where to send things, not whom to
			// reach; a phone line (咨询电话：…) is a desk to call wherever it stands.
			if (group.length === 0 && phones.length === 0 && !section && !/联系/.test(contextText(block))) return;
			if (group.length === 0) push([emptyContact()], line);
			complete(group, text, phones);
		};
		// After the closing line ((此件主动公开), 抄送：…) only an attachment's own text holds the
		// notice's contacts; the rest is the page around it (联系方式：<the site's hotline>).
		let closed = false;
		for (const block of blocksOfFile(file)) {
			if (partOf(block) === 'closing') closed = true;
			if (partOf(block) || (closed && !block.node.data?.inAttachment)) continue;
			const line = withoutNumbering(block);
			if (FOOTER.test(line.text) || block.start > footer) break;
			if (line.text.length > 160) [group, pending] = [[], null];
			else for (const piece of personPieces(line)) read(block, piece);
		}
		noticeOf(file).contacts = contacts.map((c, i) => {
			addAnchor(file, 'contact', i, spans[i]!.start, spans[i]!.start + spans[i]!.text.length);
			return c;
		});
	};
}
