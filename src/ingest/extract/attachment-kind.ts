/**
 * What sort of document an attachment is (通知, 申报书, 自评表…), read from the end of its title:
 * two attachments of different sorts are never one attachment renamed, however alike their
 * titles (国家标准化试点项目申报书 and 国家标准化试点项目自评表 share most of their bigrams).
 */

const KINDS = [
	...['通知', '公告', '函', '办法', '细则', '方案', '清单', '目录', '名单', '模板', '说明'],
	...['申报书', '申请书', '推荐书', '任务书', '承诺书', '操作指南', '指南', '工作要求', '要求', '征集领域', '领域'],
	...['自评表', '评价表', '汇总表', '一览表', '推荐表', '申报表', '信息表', '表'],
];
// No need to list longest first: the regex takes the leftmost match, so 自评表 wins over 表.
const KIND = new RegExp(`(?:${KINDS.join('|')})$`, 'u');
// A trailing gloss is not the title: （示例）, （2025年度）, (样表).
const GLOSS = /\s*[（(][^（）()]*[)）]\s*$/u;
// The same document under another name.
const SAME_KIND: Record<string, string> = {
	申请书: '申报书',
	操作指南: '指南',
	工作要求: '要求',
	征集领域: '领域',
};

/**
 * The kind of document a title names, '' when its ending is not a known kind.
 * @param title An attachment's title.
 * @example attachmentKind('关于推荐国家标准化试点项目的函（示例）') // '函'
 * @example attachmentKind('标准化试点示范项目申请书') // '申报书'
 */
export function attachmentKind(title: string): string {
	const kind = KIND.exec(title.replace(GLOSS, '').trim())?.[0] ?? '';
	return SAME_KIND[kind] ?? kind;
}
