import { describe, expect, test } from 'vitest';
import { numberingRef, styleNumbering } from '../../../../src/ingest/read/docx/style-numbering.ts';

const style = (id: string, inner: string, attributes = 'w:type="paragraph"') => `<w:style ${attributes} w:styleId="${id}"><w:name w:val="${id}"/>${inner}</w:style>`;
const numPr = (numId?: string, ilvl?: number) =>
	`<w:pPr><w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}${numId === undefined ? '' : `<w:numId w:val="${numId}"/>`}</w:numPr></w:pPr>`;
const basedOn = (id: string) => `<w:basedOn w:val="${id}"/>`;

const STYLES = `<w:styles>${[
	style('Normal', '', 'w:type="paragraph" w:default="1"'),
	style('Heading1', basedOn('Normal') + numPr('3', 0)),
	style('Heading2', basedOn('Heading1') + numPr(undefined, 1)),
	style('Heading3', basedOn('Heading2') + numPr(undefined, 2)),
	style('Plain', basedOn('Heading1') + numPr('0')),
	style('Loop1', basedOn('Loop2')),
	style('Loop2', basedOn('Loop1')),
	style('Emphasis', numPr('3', 0), 'w:type="character"'),
].join('')}</w:styles>`;

describe('numberingRef', () => {
	test('reads numId and ilvl, each undefined when not set', () => {
		expect(numberingRef(numPr('3', 1))).toEqual({ numId: '3', ilvl: 1 });
		expect(numberingRef(numPr(undefined, 2))).toEqual({ numId: undefined, ilvl: 2 });
		expect(numberingRef('<w:pPr><w:jc w:val="center"/></w:pPr>')).toEqual({ numId: undefined, ilvl: undefined });
	});
});

describe('styleNumbering', () => {
	const resolve = styleNumbering(STYLES);

	test('gives a style its own numbering', () => {
		expect(resolve('Heading1')).toEqual({ numId: '3', ilvl: 0, styles: ['Heading1', 'Normal'] });
	});

	test('takes the list from the style a style is based on, and the level from the nearest that sets one', () => {
		expect(resolve('Heading2')).toEqual({ numId: '3', ilvl: 1, styles: ['Heading2', 'Heading1', 'Normal'] });
		expect(resolve('Heading3')).toEqual({ numId: '3', ilvl: 2, styles: ['Heading3', 'Heading2', 'Heading1', 'Normal'] });
	});

	test('keeps numId 0, which turns an inherited numbering off', () => {
		expect(resolve('Plain').numId).toBe('0');
	});

	test('gives a paragraph without a style the default paragraph style', () => {
		expect(resolve(undefined)).toEqual({ styles: ['Normal'] });
	});

	test('reads a chain that loops once round, and ignores unknown and character styles', () => {
		expect(resolve('Loop1')).toEqual({ styles: ['Loop1', 'Loop2'] });
		expect(resolve('Missing')).toEqual({ styles: [] });
		expect(resolve('Emphasis')).toEqual({ styles: [] });
	});
});
