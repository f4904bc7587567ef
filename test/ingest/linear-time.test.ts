/**
 * Ingest is linear in its input: hostile shapes of text that once made a stage quadratic (a loop
 * over lines per node, a scan to the line's end per match, two regex stars over the same spaces)
 * parse and serialize 200,000 characters well inside a budget a quadratic stage misses by minutes.
 * The budget is loose on purpose: the machine is shared, and only the order of growth is tested.
 */
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../src/ingest/index.ts';
import { treeToMdx } from '../../src/ingest/serialize/tree-to-mdx.ts';

const HEAD = '某某市市场监督管理局文件\n某市监〔2026〕1号\n关于开展2026年度标准化试点项目申报工作的通知\n各有关单位：\n';
const TAIL = '\n某某市市场监督管理局\n2026年4月1日\n';
const N = 200_000;
const BUDGET_MS = 15_000;

/** Each shape: what it once made slow, and a body of about N characters. */
const SHAPES: Array<[string, string]> = [
	['many short paragraphs (a point per node counted lines anew)', '承担单位应具备标准化工作基础。\n'.repeat(N / 15)],
	['one paragraph broken into many lines (joined text kept whole)', '承担单位应当具备标准化工作基础和能力并且\n'.repeat(N / 21)],
	['a trigger word every few characters (list scanned to the line end)', `一、${'围绕农业、'.repeat(N / 5)}`],
	['one sentence of caps without commas (clause walk, crossing spans)', `每个领域${'不超过3个'.repeat(N / 5)}。`],
	['one sentence of dates inside a book title (look back per date)', `《${'于2026年6月30日前'.repeat(N / 12)}报送。`],
	['many numbered condition items (items × items)', `一、申报条件\n${'1.具有独立法人资格。\n'.repeat(N / 12)}`],
	['many domain headings (a slice per heading)', `一、重点领域\n${'（一）农业领域\n'.repeat(N / 8)}`],
	['many nested scope heads (heads × governed blocks)', `一、申报范围\n${'（一）申报范围\n1.制修订标准；\n'.repeat(N / 16)}`],
	['many 重点…： lead-in lines (lead-ins × siblings)', `一、申报条件\n${'重点支持：\n（一）甲；\n'.repeat(N / 12)}`],
	['many disqualifying items (cases × items)', `一、申请资格\n${'1.有下列情形之一的：\n（1）甲；\n'.repeat(N / 16)}`],
	['a line of 关于 (/关于.{2,}通知$/)', `各单位：\n${'关于'.repeat(N / 2)}`],
	['spaces after 附件 (/附\\s*件\\s*(N)?\\s*/)', `附件${' '.repeat(N)}x`],
	['spaces after a 文号 year (/〕\\s*第?\\s*/)', `依据国标委发〔2026〕${' '.repeat(N)}x`],
	['spaces after a period (/年?\\s*…(个)?\\s*/)', `建设周期为3${' '.repeat(N)}x`],
	['a run of 《 in an attachment list (/《([^》]+)》/)', `附件：${'《'.repeat(N)}`],
];

describe('parseNoticeFile', () => {
	test.each(SHAPES)('stays linear on %s', (_, body) => {
		const bytes = Buffer.from(HEAD + body + TAIL);
		const started = performance.now();
		for (const notice of parseNoticeFile(bytes, 'long.txt')) treeToMdx(notice);
		expect(performance.now() - started).toBeLessThan(BUDGET_MS);
	}, 30_000);
});
