/**
 * Each seed printed to PDF (Chromium), written as DOCX (with Word numbering and a contact table)
 * and saved as a web page gives the record of the seed's text, field by field; only `source`
 * differs (the file's hash and format).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseNoticeFile, parseNoticeSource } from '../../../src/ingest/index.ts';
import { readNotice } from '../../../src/ingest/read/index.ts';
import { zipEntries, zipEntry } from '../../../src/ingest/read/docx/zip-entries.ts';
import { hasChromium, printHtml, printPdf, textToDocx, textToPage } from '../../helpers/read-fixtures.ts';

const SOURCES = join(import.meta.dirname, '../../../content/sources');
const seeds = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort();

/** The records of a file without `source`, and the formats their sources name. */
async function records(bytes: Uint8Array, file: string) {
	const notices = await parseNoticeSource(bytes, file);
	return { records: notices.map(({ record: { source: _, ...rest } }) => rest), formats: notices.map((n) => n.record.source.format) };
}

/** The non-empty lines of a text, without white space; a contact table row has a full-width colon. */
const lines = (text: string) => text.split('\n').map((l) => l.replace(/[\s\u3000]/g, '').replace(/^(联系人|电话|邮箱|地址):/, '$1：')).filter((l) => l !== '');

describe.each(seeds)('%s', (name) => {
	const text = readFileSync(join(SOURCES, name), 'utf8');
	const expected = parseNoticeFile(new TextEncoder().encode(text), name).map(({ record: { source: _, ...rest } }) => rest);
	const title = expected[0]!.title ?? '通知';

	test('as DOCX: the same record, the numbering Word draws restored in the text', async () => {
		const docx = await textToDocx(text);
		const xml = new TextDecoder().decode(zipEntry(docx, zipEntries(docx, 'a.docx'), 'word/document.xml', 'a.docx'));
		expect(xml).toContain('<w:numPr>');
		expect(lines((await readNotice(docx, 'a.docx')).text)).toEqual(lines(text));
		expect(await records(docx, 'a.docx')).toEqual({ records: expected, formats: expected.map(() => 'docx') });
	});

	test('as a saved page: the same record', async () => {
		const page = new TextEncoder().encode(textToPage(text, title));
		// The page's navigation, breadcrumbs, 发布时间 line, footer and <title> are not the notice.
		const read = (await readNotice(page, 'a.html')).text;
		for (const chrome of ['互动交流', '当前位置', '发布时间', '浏览次数', '备案号', '网站地图', '_通知公告_', 'changed']) {
			expect(text).not.toContain(chrome);
			expect(read).not.toContain(chrome);
		}
		expect(await records(page, 'a.html')).toEqual({ records: expected, formats: expected.map(() => 'html') });
	});

	test.skipIf(!hasChromium)('printed to PDF by Chromium: the same record, its header and footer dropped', { timeout: 60_000 }, async () => {
		const pdf = printPdf(printHtml(text));
		// A page number the seed kept from its own PDF (—8—) is dropped like Chromium's.
		expect(lines((await readNotice(pdf, 'a.pdf')).text)).toEqual(lines(text).filter((l) => !/^[—-]\d+[—-]$/.test(l)));
		expect(await records(pdf, 'a.pdf')).toEqual({ records: expected, formats: expected.map(() => 'pdf') });
	});
});
