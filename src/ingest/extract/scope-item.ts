/**
 * One item of a scope section read as a domain: the item as written (制修订标准), or a headline
 * or label and its list (侧重大型企业。主要是…，包括采矿业，制造业，…; 行政管理和服务：政务服务、
 * 政务公开), or a theme and what it covers
 * (围绕绿色发展、碳达峰主题，制修订一批能耗限额、设备能效等地方标准).
 */
import type { Span } from './context.ts';
import { splitEnumeration } from './enumeration.ts';
import type { FoundDomain } from './scope-domains.ts';

/** An item that sets a requirement or an exclusion is a condition, not a field. */
const REQUIREMENT = /应当|应[在为是具符有提满达]|须|不得|不包括|暂不|不予|可申报|可以申报|鼓励/;
const HEADLINE = /^([^。，,：:；]{2,14})[。：:](.+)$/;
const THEME = /^(?:围绕|聚焦)([^，,。]+?)(?:主题|领域|方向)[，,](.+)$/;
/** Where a list starts after the words that open it: 包括A、B; 制修订一批A、B. */
const LIST_OPENS = /^.*(?:包括|涵盖|一批|主要是|如|重点支持|重点围绕|重点在|围绕|聚焦)[：:]?/;
/** What closes a list and belongs to the sentence: 等方向, 等领域. */
const LIST_CLOSES = /等[\u4e00-\u9fff]{0,6}$/;
const MAX_NAME = 100;

/** The items of a focus list: split at ，when its items hold 、, else at 、; fewer than two is none. */
function focusList(text: string): string[] {
	const list = text.replace(/[。；;]$/, '').replace(LIST_OPENS, '').replace(LIST_CLOSES, '');
	const items = splitEnumeration({ text: list, start: 0 }, /[，,]/.test(list) ? '，,' : '、').map((s) => s.text);
	return items.length >= 2 ? items : [];
}

/** The domain an item of a scope section names, if it names one. */
export function scopeItem(body: Span): FoundDomain | undefined {
	const text = body.text.replace(/[；;。.，,]+$/, '');
	if (!text || text.length > MAX_NAME || REQUIREMENT.test(text)) return undefined;
	const span = { text, start: body.start };
	const headline = HEADLINE.exec(text);
	if (headline) return { name: headline[1]!, focus: focusList(headline[2]!), span };
	const theme = THEME.exec(text);
	if (theme) {
		const etc = theme[2]!.lastIndexOf('等');
		return { name: theme[1]!, focus: focusList(etc > 0 ? theme[2]!.slice(0, etc) : theme[2]!), span };
	}
	return { name: text, focus: [], span };
}
