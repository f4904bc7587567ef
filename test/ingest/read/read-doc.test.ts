/**
 * Old Word (.doc): test/fixtures/read/notice.doc was made once by LibreOffice from a DOCX of the
 * Chongqing seed (make-doc.sh). word-extractor keeps the text but not Word's automatic numbering,
 * which .doc stores in binary list tables this reader does not restore.
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
	test('gives every line of the text, numbered lines without their Word numbers', async () => {
		const got = lines((await readNotice(doc, 'notice.doc')).text);
		const want = lines(seed);
		expect(got).toHaveLength(want.length);
		for (const [i, line] of got.entries()) {
			expect(want[i]!.endsWith(line), `${want[i]} / ${line}`).toBe(true);
			// What is cut off is a section number: 一、 （一） 1.
			expect(want[i]!.slice(0, want[i]!.length - line.length)).toMatch(/^(|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)$/);
		}
	});

	test('the record keeps the facts numbering does not carry', async () => {
		const [{ record }] = (await parseNoticeSource(doc, 'notice.doc')) as unknown as [{ record: Record<string, unknown> }];
		const [{ record: expected }] = parseNoticeFile(new TextEncoder().encode(seed), 'a.txt') as unknown as [{ record: Record<string, unknown> }];
		for (const field of ['title', 'issuers', 'issuedOn', 'jurisdiction', 'deadlines', 'contacts', 'attachments']) expect(record[field], field).toEqual(expected[field]);
		expect(record['source']).toMatchObject({ file: 'notice.doc', format: 'doc' });
	});

	test('a Word file saved with a password (an OLE EncryptedPackage) is refused as encrypted', async () => {
		const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('EncryptedPackage', 'utf16le')]);
		await expect(readNotice(ole, 'locked.docx')).rejects.toThrow('locked.docx: Word 文件已加密（需要密码）：请提供未加密的文件或粘贴通知文本 / encrypted Word file (needs a password)');
	});
});
