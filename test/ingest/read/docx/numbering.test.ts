import { describe, expect, test } from 'vitest';
import { chineseCount, numberParagraphs } from '../../../../src/ingest/read/docx/numbering.ts';

const NUMBERING = `<w:numbering>
<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;

const p = (text: string, ilvl?: number) =>
	`<w:p>${ilvl === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="3"/></w:numPr></w:pPr>`}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('numberParagraphs', () => {
	test('gives numbered paragraphs the labels Word draws, deeper levels restarting', () => {
		const xml = [p('总体要求', 0), p('申报条件', 1), p('具有法人资格', 2), p('信用良好', 2), p('申报程序', 1), p('网上填报', 2), p('工作要求', 0), p('落款'), p('要点', 3)].join('');
		expect(numberParagraphs(xml, NUMBERING).map((x) => `${x.label}${x.text}`)).toEqual([
			'一、总体要求', '（一）申报条件', '1.具有法人资格', '2.信用良好', '（二）申报程序', '1.网上填报', '二、工作要求', '落款', '要点',
		]);
	});

	test('numbers a paragraph by its style when it has no numbering of its own', () => {
		const styles = '<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>';
		const heading = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
		expect(numberParagraphs(heading('总体要求') + p('正文') + heading('申报程序'), NUMBERING, styles).map((x) => x.label)).toEqual(['一、', '', '二、']);
	});

	test('numbers a paragraph by the styles its style is based on, as direct numbering would', () => {
		const styles = `<w:styles>
<w:style w:type="paragraph" w:styleId="Outline"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Section"><w:basedOn w:val="Outline"/><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Subsection"><w:basedOn w:val="Section"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Item"><w:basedOn w:val="Subsection"/><w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Item"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style></w:styles>`;
		const styled = (styleId: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
		const xml = [styled('Section', '总体要求'), styled('Subsection', '申报条件'), styled('Item', '具有法人资格'), styled('Item', '信用良好'), styled('Body', '说明'), styled('Subsection', '申报程序'), styled('Item', '网上填报'), styled('Section', '工作要求')].join('');
		const direct = [p('总体要求', 0), p('申报条件', 1), p('具有法人资格', 2), p('信用良好', 2), p('说明'), p('申报程序', 1), p('网上填报', 2), p('工作要求', 0)].join('');
		expect(numberParagraphs(xml, NUMBERING, styles)).toEqual(numberParagraphs(direct, NUMBERING));
		expect(numberParagraphs(xml, NUMBERING, styles).map((x) => x.label)).toEqual(['一、', '（一）', '1.', '2.', '', '（二）', '1.', '二、']);
	});

	test('takes the level of a style-numbered paragraph from the level linked to its style', () => {
		const linked = NUMBERING.replace('<w:lvl w:ilvl="1"><w:start w:val="1"/>', '<w:lvl w:ilvl="1"><w:pStyle w:val="Heading2"/><w:start w:val="1"/>');
		const styles = '<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style></w:styles>';
		const heading2 = `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>申报条件</w:t></w:r></w:p>`;
		expect(numberParagraphs(p('总体要求', 0) + heading2 + heading2, linked, styles).map((x) => x.label)).toEqual(['一、', '（一）', '（二）']);
	});

	test('reads the text of split runs and escapes', () => {
		const xml = '<w:p><w:r><w:t>A&amp;B</w:t></w:r><w:r><w:t>通知</w:t></w:r></w:p><w:p/>';
		expect(numberParagraphs(xml, '')).toEqual([{ text: 'A&B通知', label: '' }, { text: '', label: '' }]);
	});
});

describe('chineseCount', () => {
	test.each([[1, '一'], [10, '十'], [12, '十二'], [20, '二十'], [35, '三十五'], [105, '一百零五'], [117, '一百一十七']])('%i → %s', (n, text) => {
		expect(chineseCount(n)).toBe(text);
	});
});
