/**
 * What a programme's name looks like once cut out of a title, a sentence or a heading: the kind
 * of project called for (国家标准化试点项目, 第四批“标准化良好行为企业”试点, 常州市地方标准), not
 * a document (申报指南, 管理办法), a field (农业农村) or the work around it (申报工作).
 */
import { splitEnumeration } from './enumeration.ts';

/** The words a call's object ends before: 申报推荐工作, 等有关工作, 征集工作的, 申报指南. */
const TRAILING = /(?:等|有关|相关|及|的|申报|征集|推荐|创建|遴选|评选|认定|申请|立项|入库|报送|组织|工作|要求|须知|说明|名单|[（(][^（）()]*[）)])+$/;
const GUIDE = /^(.*?)(?:申报|立项|征集)指南$/;
/** Whose programme it is, not part of its name: 我省农业标准化项目 is 农业标准化项目. */
const OWNER = /^(?:我省|我市|我区|本省|本市|本区|全省|全市|全区|各地|各级|有关|相关|新一批|一批)/;
/** A name needs one of these: a call is for standards, pilots or demonstrations. */
const TOPIC = /标准|试点|示范/;
/** Names of documents and of work, never of a programme. */
const NOT_A_NAME = /(?:指南|办法|通知|意见|方案|细则|纲要|要点|规划|条例|决定|公告|函|工作|要求|活动|编制|管理|评估|验收|总结|宣传|培训|改革)$/;
/** Where a name of a list ends, so that a later item's 项目 can be lent to it. */
const ENDS_AS_KIND = /(?:试点|示范)$/;
const JOINED = /^(.+?(?:项目|试点|示范))(?:和|及|以及|与)(.+)$/;
const MAX_NAME = 40;

/** A text without the work words it ends in: 国家标准化试点项目申报推荐工作 → 国家标准化试点项目. */
export function withoutWork(raw: string): string {
	const text = raw.replace(/\s+/g, '').replace(TRAILING, '');
	// A 申报指南 is a document; what it guides is a programme only when named as projects
	// (…专项资金项目库项目申报指南), not as a kind of standard (2024年国家标准立项指南).
	const guided = GUIDE.exec(text);
	return guided && guided[1]!.endsWith('项目') ? guided[1]! : text;
}

/** A call's object without the words around it, or '' when nothing is left. */
export function trimProgramme(raw: string): string {
	return withoutWork(raw).replace(OWNER, '');
}

/** Whether a trimmed text reads as the name of a programme. */
export function isProgrammeName(name: string): boolean {
	return (
		name.length >= 4 &&
		name.length <= MAX_NAME &&
		TOPIC.test(name) &&
		!NOT_A_NAME.test(name) &&
		!/[的□，。；：:]|\d\s*[个项]/.test(name) &&
		!/^[和及与等、]/.test(name)
	);
}

/**
 * The programmes a call's object names: one, or a list joined by 、 or 和 whose last item lends
 * its 项目 to the others (A试点示范、B示范、C试点项目 → A试点示范项目, B示范项目, C试点项目). A list
 * is split only when every item is a name; else the whole is one name, or none.
 * @example programmeNames('国家标准化试点项目、市级标准化试点项目') // ['国家标准化试点项目', '市级标准化试点项目']
 */
export function programmeNames(raw: string): string[] {
	const whole = trimProgramme(raw);
	const items = splitEnumeration({ text: whole, start: 0 }).map((s) => s.text);
	const last = JOINED.exec(items.at(-1) ?? '');
	if (last) items.splice(-1, 1, last[1]!, last[2]!);
	if (items.length > 1) {
		const kind = items.at(-1)!.endsWith('项目') ? '项目' : '';
		const named = items.map((item) => trimProgramme(kind && ENDS_AS_KIND.test(item) ? item + kind : item));
		if (named.every(isProgrammeName)) return named;
	}
	return isProgrammeName(whole) ? [whole] : [];
}
