/**
 * The people of one contact line: names, the org before them and the numbers after each, as in
 * 联系人：孙彩英 27113062  马蜻 27182054, 市场监管总局标准技术司董艳、黄帅 010-82261022, or a
 * table row padded with spaces (省 质 监 局 任 翔 020-84437442).
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { HAN, ORG_SUFFIX } from '../segment/patterns.ts';
import { findPhones } from '../../text/phones.ts';

export type Contact = NoticeRecord['contacts'][number];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// abc[at]163.com, abc#163.com: an address written so that harvesters miss it. (A page's
// "[email protected]" hides it for good: there is nothing to read back.)
const HIDDEN_AT = /([A-Za-z0-9._%+-]+)\s*(?:\[at\]|\(at\)|（at）|#|＃)\s*([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/gi;

/**
 * The e-mail addresses of a text, with a hidden @ ([at], #) read back.
 * @example readEmails('邮箱：abc[at]example.cn') // ['abc@example.cn']
 */
export function readEmails(text: string): string[] {
	if (!/[@#＃]|at/i.test(text)) return [];
	return [...text.replace(HIDDEN_AT, '$1@$2').matchAll(EMAIL)].map((m) => m[0]);
}

/** The text without its e-mail addresses, so their digits are not read as numbers. */
function withoutEmails(text: string): string {
	return text.replace(HIDDEN_AT, ' ').replace(EMAIL, ' ');
}
const ORG_THEN_NAMES = new RegExp(`^(.{2,40}${ORG_SUFFIX})([${HAN}、，,\\s]{2,20})$`);
/** An org's name ends so; 站 (推广站) and 室 are offices the shared suffixes leave out. */
export const ORG_END = new RegExp(`(?:${ORG_SUFFIX}|站|室)$`);
const LABEL_WORDS = /(?:联系电话|办公电话|咨询电话|电话|手机|传真|座机|分机|电子邮箱|邮箱|E-?mail)[：:]?/gi;
const NAME = /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,2}(?:老师|同志|先生|女士|工)$/;
// Runs of single characters set apart by spaces (省 质 监 局, 霍 洁, 联 系 人) are one word.
const SPACED = new RegExp(`(?<![${HAN}])[${HAN}](?=[ \\u3000])(?:[ \\u3000]+[${HAN}](?![${HAN}]))+`, 'g');

/** A contact with nothing known yet. */
export const emptyContact = (): Contact => ({ name: null, role: null, org: null, phones: [], emails: [], address: null, postcode: null });

/**
 * Joins characters a table or a justified label spread apart.
 * @example joinSpacedChars('联 系 人：霍 洁') // '联系人：霍洁'
 */
export function joinSpacedChars(text: string): string {
	return text.includes(' ') || text.includes('\u3000') ? text.replace(SPACED, (m) => m.replace(/[ \u3000]+/g, '')) : text;
}

/** Names (and the org before them) from what is left of a person line once numbers are out. */
function peopleOf(segment: string): { org: string | null; names: string[] } {
	// 张三（010-…）: once the number is out, the brackets around it are left unmatched.
	// Any other label before the name (…；系统技术支持：赵六) goes too.
	const clean = segment.replace(LABEL_WORDS, ' ').replace(/[\u4e00-\u9fff]{2,10}[：:]/g, ' ').replace(/[（(][^）)]*[）)]/g, ' ').replace(/[（()）]/g, ' ').trim();
	const m = ORG_THEN_NAMES.exec(clean.replace(/\s+/g, ''));
	const org = m ? m[1]! : null;
	const rest = m ? m[2]! : clean;
	const names = rest.split(/[\s、，,；;]+/).filter((n) => NAME.test(n) && !ORG_END.test(n));
	return { org: org ?? (names.length === 0 && ORG_END.test(clean) ? clean : null), names };
}

/**
 * Reads the people of one person line: names each followed by their numbers; the e-mails of the
 * line go to each of them.
 * @example personLine('孙彩英 27113062  马蜻 27182054', null).map((c) => c.name) // ['孙彩英', '马蜻']
 */
export function personLine(line: string, role: string | null): Contact[] {
	const emails = readEmails(line);
	const value = emails.length > 0 ? withoutEmails(line) : line;
	const segments: Array<{ text: string; phones: string[] }> = [];
	let last = 0;
	for (const p of findPhones(value)) {
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

// The most common surnames: a line of bare names (张艺驰、李子璇) is told from a line of other
// short words (特此通知) by its names' first characters.
const SURNAMES = new Set(
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(''),
);
const NAMES_LINE = /^[\u4e00-\u9fff]{2,4}(?:[、，,\s]+[\u4e00-\u9fff]{2,4})*$/;

/**
 * The names of a line that holds only names, each starting with a common surname; else [].
 * @example namesOnly('张艺驰、李子璇') // ['张艺驰', '李子璇']
 */
export function namesOnly(text: string): string[] {
	if (!NAMES_LINE.test(text)) return [];
	const names = text.split(/[、，,\s]+/);
	return names.every((n) => SURNAMES.has(n[0]!) && n.length <= 3) ? names : [];
}
