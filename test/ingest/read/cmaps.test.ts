/**
 * The shipped CJK character maps: a PDF whose font is not embedded and has no Unicode map
 * (STSong-Light, UniGB-UCS2-H) gives its text only through them.
 */
import { getDocumentProxy } from 'unpdf';
import { describe, expect, test } from 'vitest';
import { readNotice } from '../../../src/ingest/read/index.ts';
import { cidFontPdf, M_SUNG, stSongPdf } from '../../helpers/hand-pdf.ts';

const TEXT = '关于开展标准化试点项目申报工作的通知';

describe('CJK character maps', () => {
	test('STSong-Light with UniGB-UCS2-H reads as its Chinese text', async () => {
		expect((await readNotice(stSongPdf(TEXT), 'old.pdf')).text).toBe(`${TEXT}\n`);
	});

	test('without the maps pdf.js gives no text for it (why they are shipped)', async () => {
		const pdf = await getDocumentProxy(stSongPdf(TEXT), { verbosity: 0 });
		const content = await (await pdf.getPage(1)).getTextContent();
		expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).not.toContain('标准化');
	});
});

describe('traditional-Chinese character maps (Adobe-CNS1)', () => {
	test('MSung-Light with UniCNS-UCS2-H reads as its text', async () => {
		const traditional = '關於組織開展標準化試點項目申報工作的通知';
		expect((await readNotice(cidFontPdf(traditional, M_SUNG), 'old-tw.pdf')).text).toBe(`${traditional}\n`);
	});

	test('without the maps pdf.js gives no text for it', async () => {
		const pdf = await getDocumentProxy(cidFontPdf('標準化', M_SUNG), { verbosity: 0 });
		const content = await (await pdf.getPage(1)).getTextContent();
		expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).not.toContain('標準化');
	});
});
