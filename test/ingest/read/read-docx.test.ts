/**
 * Word numbering inherited through paragraph styles: a DOCX whose numbered paragraphs carry no
 * numbering of their own, only a style based on (or two steps from) a style that numbers, reads
 * as the text with the numbers typed, and gives its record.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, test } from 'vitest';
import { parseNoticeFile, parseNoticeSource, type ParsedNotice } from '../../../src/ingest/index.ts';
import { readNotice } from '../../../src/ingest/read/index.ts';
import { zipEntries, zipEntry } from '../../../src/ingest/read/docx/zip-entries.ts';

/** Each paragraph: its style (none: plain) and its text without the number Word draws. */
const PARAGRAPHS: [string | undefined, string, string][] = [
	[undefined, '', '某市市场监督管理局关于开展2025年度标准化试点项目申报工作的通知'],
	[undefined, '', '各有关单位：'],
	[undefined, '', '现将2025年度标准化试点项目申报工作有关事项通知如下：'],
	['Section', '一、', '申报条件'],
	['Subsection', '（一）', '基本条件'],
	['Item', '1.', '申报单位具有独立法人资格。'],
	['Item', '2.', '近三年未发生重大质量、安全事故。'],
	['Subsection', '（二）', '优先条件'],
	['Item', '1.', '已主导或参与制定国家标准、行业标准。'],
	['Section', '二、', '申报程序'],
	[undefined, '', '请于2025年6月30日前将申报材料报送至市市场监督管理局标准化处。'],
	[undefined, '', '联系人：王某某，联系电话：0571-12345678'],
	[undefined, '', '某市市场监督管理局'],
	[undefined, '', '2025年5月20日'],
];

const TYPED = `${PARAGRAPHS.map(([, number, text]) => number + text).join('\n')}\n`;

/**
 * The DOCX: three styles number (levels 0, 1, 2 of one list) and no paragraph uses them; Section
 * is based on the level-0 style, Subsection on the level-1 one, Item on a style based on the
 * level-2 one.
 */
async function styledDocx(): Promise<Uint8Array> {
	const numbered = (id: string, level: number) => ({ id, name: id, paragraph: { numbering: { reference: 'notice', level } } });
	const based = (id: string, on: string) => ({ id, name: id, basedOn: on });
	const levels = [
		{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
		{ level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
		{ level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
	].map((l) => ({ ...l, alignment: AlignmentType.LEFT }));
	const doc = new Document({
		numbering: { config: [{ reference: 'notice', levels }] },
		styles: {
			paragraphStyles: [numbered('Level0', 0), numbered('Level1', 1), numbered('Level2', 2), based('Section', 'Level0'), based('Subsection', 'Level1'), based('ItemBase', 'Level2'), based('Item', 'ItemBase')],
		},
		sections: [{ children: PARAGRAPHS.map(([style, , text]) => new Paragraph(style ? { style, text } : { text })) }],
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

const withoutSource = (notices: ParsedNotice[]) => notices.map(({ record: { source: _, ...rest } }) => rest);

describe('readDocx', () => {
	test('restores numbering a paragraph inherits through its style\'s basedOn chain', async () => {
		const docx = await styledDocx();
		const entries = zipEntries(docx, 'a.docx');
		const xml = new TextDecoder().decode(zipEntry(docx, entries, 'word/document.xml', 'a.docx'));
		// Only the styles number: no paragraph has numbering of its own, and the used styles none either.
		expect(xml).not.toContain('<w:numPr>');
		expect(new TextDecoder().decode(zipEntry(docx, entries, 'word/styles.xml', 'a.docx'))).toContain('<w:basedOn w:val="ItemBase"/>');
		expect((await readNotice(docx, 'a.docx')).text).toBe(TYPED);
	});

	test('gives the record of the text with its numbers typed', async () => {
		const expected = withoutSource(parseNoticeFile(new TextEncoder().encode(TYPED), 'a.txt'));
		expect(expected[0]!.conditions.map((c) => c.text)).toEqual(['申报单位具有独立法人资格。', '近三年未发生重大质量、安全事故。', '已主导或参与制定国家标准、行业标准。']);
		expect(withoutSource(await parseNoticeSource(await styledDocx(), 'a.docx'))).toEqual(expected);
	});
});
