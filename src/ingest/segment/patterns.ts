/**
 * Regular expressions for the lines a notice is made of. They run on normalized text (full-width
 * punctuation next to Chinese, ASCII digits, no PDF spaces inside words).
 */

/** Han characters (CJK Unified Ideographs and extension A). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

/** Suffixes of an organisation's name: 局, 委员会, 办公室, 研究院… */
export const ORG_SUFFIX =
	'(?:局|委员会|委|厅|部|院|办公室|办|政府|中心|司|处|科|所|会|协会|公司|集团|学校|大学|学院|秘书处|管委会|分局)';

/** A whole line that is a date: 2026年4月14日, 二〇二六年四月十四日, 2021.6.8, optionally 印发. */
export const DATE_LINE =
	/^[（(]?(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日[）)]?\s*(?:印发|发布|印)?$|^\d{4}[.\/-]\d{1,2}[.\/-]\d{1,2}$/;

/** 发文字号: 津市场监管标准〔2025〕5号, 国标委发[2026]23号. */
export const DOC_NUMBER =
	/([\u3400-\u9fff]{1,16}\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*(?:第\s*)?\d{1,4}\s*号)/;

/** The 发文机关 masthead line: 天津市市场监督管理委员会文件. */
export const MASTHEAD = new RegExp(`^(.{2,60}?${ORG_SUFFIX})\\s*文件$`);

/** A line that only labels attachments that follow: 附件, 附件 1, 附件1：. */
// `\s*(?:N\s*)?`, not `\s*(N)?\s*`: two stars over the same spaces backtrack quadratically.
export const ATTACHMENT_HEADING = /^附\s*件\s*(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*)?[：:]?$/;

/** The attachment list after the signature or body: 附件：1.… */
export const ATTACHMENT_LIST = /^附\s*件\s*(?:\d{1,2}\s*)?[：:]|^附\s*件\s*(?:是|为|包括)\s*[：:]?\s*《/;

/** Lines that close a notice: 此件公开发布, 抄送, 印发. */
export const CLOSING = /^[（(]\s*此件.{0,12}[）)]$|^抄\s*送\s*[：:]|^(?:主\s*送|信息公开选项)\s*[：:]/;

/** Lines a web page puts around a notice: navigation, 发布时间, 点击, 打印/关闭. */
export const WEB_CHROME =
	/^(?:首页|当前位置|您(?:现在)?的位置|位置[：:]|发布(?:时间|日期)|发文日期|来源[：:]|信息来源|作者[：:]|点击|浏览|阅读|访问|字号|【|\[|分享|打印|关闭|扫一扫|责任编辑|编辑[：:]|索引号|主题分类|上一篇|下一篇|相关(?:链接|文章))|(?:点击(?:数|量|率)?|浏览(?:次数|量)?|阅读(?:数|量)?)[：:]?\s*\d*$|【(?:打印|关闭|字体)/;

/**
 * A web page's own lines around a notice: its metadata fields (发文部门：, 政策级别：, 索引号：,
 * 文件编号：, 生成日期：), site banners and footers (欢迎访问, 登录/注册, 主办单位：, 网站标识码,
 * ICP备, 版权所有), comment boxes and a bare 时间 stamp. Their facts are read from the tree's page
 * lines (extract/page-facts.ts), never as the notice's body.
 */
export const PAGE_LINE = new RegExp(
	[
		String.raw`^(?:发文(?:部门|机关|单位|字号)|发布(?:部门|机构|单位)|政策(?:级别|主题|类型|分类)|生成日期|公开(?:日期|方式|范围)|废止日期|文件编号|信息名称|(?:法定)?主动公开分类|内容概述|所属(?:机构|主题)|有效性|体裁分类|组配分类|服务对象|关键词|主办单位|承办单位|网站标识码|您当前的位置|发稿时间)\s*[：:]`,
		String.raw`^站内搜索|^(?:登录|注册)\s*[/／|]\s*(?:注册|登录)|^您好[，,！!]|欢迎(?:访问|光临)|版权所有|ICP[备证]|网站标识码|推荐使用.{0,20}浏览器|还没有评论|来说两句`,
		String.raw`^时间[：:]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}[:：]\d{2}`,
		// A mirror's posting line: 2022-04-22 来源：工信部.
		String.raw`^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:来源|作者|发布|浏览|点击|阅读)`,
	].join('|'),
);

/** The document types a title ends with. */
export const TITLE_END = /(?:通知|通告|公告|的函|函|意见|决定|办法|细则|方案|指南|要求|请示|批复|报告)(?:[（(][^）)]{1,12}[）)])?$/;

/** A field line: a short label and a colon, as in 联系人：, 地 址：, 智慧农业领域：. */
export const FIELD_LINE = new RegExp(`^[${HAN}A-Za-z（）()、\\s]{1,14}[：:]`);

/** Punctuation that ends a sentence or a clause, so the line does not run on. */
export const TERMINAL = /[。！？；：:;!?]$/;
