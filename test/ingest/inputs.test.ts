/**
 * The same notice in every form it may arrive in gives the same record: UTF-16 LE/BE with and
 * without a BOM, GBK, a UTF-8 BOM with CRLF line ends, full-width digits. Only `source` (the bytes'
 * hash) differs. Run on every seed notice in content/sources/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../src/ingest/index.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { encodeGb18030 } from '../helpers/encode-gb18030.ts';

const SOURCES = join(import.meta.dirname, '../../content/sources');
const seeds = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort();

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
const fullwidthDigits = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** The records of a file, without `source`, which names the bytes. */
function records(bytes: Uint8Array): Omit<NoticeRecord, 'source'>[] {
	return parseNoticeFile(bytes, 'notice.txt').map(({ record: { source: _, ...rest } }) => rest);
}

const FORMS: Array<[string, (text: string) => Uint8Array]> = [
	['UTF-16 LE with a BOM', (t) => withBom([0xff, 0xfe], utf16le(t))],
	['UTF-16 BE with a BOM', (t) => withBom([0xfe, 0xff], utf16be(t))],
	['UTF-16 LE without a BOM', (t) => utf16le(t)],
	['UTF-16 BE without a BOM', (t) => utf16be(t)],
	['a UTF-8 BOM and CRLF line ends', (t) => withBom([0xef, 0xbb, 0xbf], new TextEncoder().encode(t.replace(/\n/g, '\r\n')))],
	['full-width digits', (t) => new TextEncoder().encode(fullwidthDigits(t))],
];

describe('parseNoticeFile', () => {
	describe.each(seeds)('%s', (seed) => {
		const text = readFileSync(join(SOURCES, seed), 'utf8');
		const expected = records(new TextEncoder().encode(text));

		test.each(FORMS)('gives the UTF-8 record from %s', (_, encode) => {
			expect(records(encode(text))).toEqual(expected);
		});

		// GB18030 is tested on the seeds that are all GBK (one has a no-break space, which GBK lacks).
		test.runIf(isGbk(text))('gives the UTF-8 record from GBK', () => {
			expect(records(encodeGb18030(text))).toEqual(expected);
		});
	});
});

function isGbk(text: string): boolean {
	try {
		encodeGb18030(text);
		return true;
	} catch {
		return false;
	}
}
