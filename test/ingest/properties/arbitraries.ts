/**
 * fast-check arbitraries for the ingest properties: text made of the characters the rules care
 * about (spaces of every kind, full-width digits and punctuation, brackets, Markdown and MDX
 * syntax, traditional characters, URLs), and whole notices with such text in their body.
 */
import fc from 'fast-check';

/** Characters and fragments that some rule, pattern or writer treats specially. */
const SIGNIFICANT = [
	' ', '  ', '\t', '\u3000', '\u00a0', '\u200b', '\ufeff', '\n', '\n\n',
	'０', '５', '９', '．', '／', '－', '：', '％', '，', '；', '（', '）', '(', ')', ':', ',', ';', '?', '!',
	'〔', '〕', '[', ']', '［', '］', '【', '】', '《', '》', '“', '”', '「', '」',
	'{', '}', '<', '>', '</', '/>', '*', '**', '_', '`', '~', '#', '|', '\\', '&', '&amp;', '&#x3C;', '$', '^', '=',
	'-', '- ', '* ', '1. ', '> ', '---', '===', '```',
	'import ', 'export ', 'import x from "y"', '<script>', '<Fact ids="x">', '{1+1}', '<!--', '-->',
	'http://a.cn', 'https://b.cn/x?y=1&z=2', 'HTTP://G.CN/', 'Https://h.cn', 'www.c.cn', 'a@d.cn', 'mailto:e@f.cn', 'javascript:alert(1)', 'data:text/html,x',
	'一、', '（一）', '1.', '附件：', '附件1', '联系人：', '截止日期：', '不超过3个', '2026年6月30日', '6月底',
	'关于', '通知', '各有关单位：', '领域', '申报条件', '局', '〔2026〕5号',
	'關於', '標準化', '試點', '項目', '報', '載明', '著', '於',
	'试', '点', '申', '报', 'a', 'Z', '0', '9',
];

/** A string of significant fragments and arbitrary code points. */
export const noticeText = (maxLength = 40): fc.Arbitrary<string> =>
	fc
		.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SIGNIFICANT) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), {
			maxLength,
		})
		.map((parts) => parts.join(''));

/** A well-formed notice around arbitrary body lines, so the pipeline runs to its end. */
export const noticeWithBody = (): fc.Arbitrary<string> =>
	fc
		.array(noticeText(30), { minLength: 1, maxLength: 6 })
		.map((lines) =>
			[
				'某某市市场监督管理局文件',
				'某市监〔2026〕1号',
				'关于开展2026年度标准化试点项目申报工作的通知',
				'各有关单位：',
				...lines,
				'请于2026年6月30日前报送。',
				'某某市市场监督管理局',
				'2026年4月1日',
			].join('\n'),
		);
