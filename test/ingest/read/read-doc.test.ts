/**
 * Old Word (.doc): test/fixtures/read/notice.doc was made once by LibreOffice from a DOCX of the
 * Chongqing seed (make-doc.sh). word-extractor keeps the text but not Word's automatic numbering,
 * which .doc stores in binary list tables; the reader restores it (doc/word-paragraphs.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseNoticeFile, parseNoticeSource } from '../../../src/ingest/index.ts';
import { readNotice } from '../../../src/ingest/read/index.ts';

const doc = new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/read/notice.doc')));
const seed = readFileSync(join(import.meta.dirname, '../../../content/sources/chongqing-yubei-2023-municipal-pilot.txt'), 'utf8');
const lines = (text: string) => text.split('\n').map((l) => l.replace(/[\s\u3000]/g, '')).filter((l) => l !== '');

describe('readDoc', () => {
	test('gives every line of the text, with the numbers Word draws from the file\'s list tables', async () => {
		const got = lines((await readNotice(doc, 'notice.doc')).text);
		// LibreOffice wrote the sections from 申报条件 on into a list of their own, so the file numbers
		// them from 一、 again: that is what LibreOffice itself shows for notice.doc (soffice
		// --convert-to txt, compared line by line by hand; it differs only in putting table cells
		// on lines of their own).
		const renumbered: Record<string, string> = { '二、申报条件': '一、申报条件', '三、试点的主要任务': '二、试点的主要任务', '四、有关要求': '三、有关要求' };
		expect(got).toEqual(lines(seed).map((line) => renumbered[line] ?? line));
	});

	test('the record is the record of the text', async () => {
		const [{ record }] = (await parseNoticeSource(doc, 'notice.doc')) as unknown as [{ record: Record<string, unknown> }];
		const [{ record: expected }] = parseNoticeFile(new TextEncoder().encode(seed), 'a.txt') as unknown as [{ record: Record<string, unknown> }];
		expect({ ...record, source: undefined }).toEqual({ ...expected, source: undefined });
		expect(record['source']).toMatchObject({ file: 'notice.doc', format: 'doc' });
	});

	test('a Word file saved with a password (an OLE EncryptedPackage) is refused as encrypted', async () => {
		const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('EncryptedPackage', 'utf16le')]);
		await expect(readNotice(ole, 'locked.docx')).rejects.toThrow('locked.docx: Word 文件已加密（需要密码）：请提供未加密的文件或粘贴通知文本 / encrypted Word file (needs a password)');
	});
});
