/**
 * Files the readers refuse: one line naming the file and the reason, Chinese first.
 */
import { deflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { describe, expect, test, vi } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.ts';
import { readNotice } from '../../../src/ingest/read/index.ts';
import { MAX_PDF_PAGES } from '../../../src/ingest/read/limits.ts';
import { handPdf } from '../../helpers/hand-pdf.ts';
import { hasChromium, printPdf, textToDocx } from '../../helpers/read-fixtures.ts';

/** The reason readNotice refuses a file with. */
async function refusal(bytes: Uint8Array, file = 'notice.bin'): Promise<string> {
	try {
		await readNotice(bytes, file);
	} catch (error) {
		expect(error).toBeInstanceOf(IngestError);
		expect((error as Error).message.startsWith(`${file}: `)).toBe(true);
		expect((error as Error).message).not.toContain('\n');
		return (error as IngestError).reason;
	}
	throw new Error('not refused');
}

/** A zip record: its signature, then each `[offset, value, width]` little-endian, zeros elsewhere. */
function header(length: number, signature: number, fields: [number, number, 2 | 4][]): Buffer {
	const bytes = Buffer.alloc(length);
	bytes.writeUInt32LE(signature, 0);
	for (const [at, value, width] of fields) (width === 2 ? bytes.writeUInt16LE(value, at) : bytes.writeUInt32LE(value, at));
	return bytes;
}

/** A zip of deflated entries, written by hand so its sizes can be made to lie. */
function zip(entries: { name: string; data: Uint8Array; size?: number }[]): Uint8Array {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const { name, data, size } of entries) {
		const packed = deflateRawSync(data);
		const nameBytes = Buffer.from(name);
		const sizes = { method: 8, packed: packed.length, size: size ?? data.length, name: nameBytes.length };
		const local = header(30, 0x04034b50, [[8, sizes.method, 2], [18, sizes.packed, 4], [22, sizes.size, 4], [26, sizes.name, 2]]);
		const central = header(46, 0x02014b50, [[10, sizes.method, 2], [20, sizes.packed, 4], [24, sizes.size, 4], [28, sizes.name, 2], [42, offset, 4]]);
		locals.push(local, nameBytes, packed);
		centrals.push(central, nameBytes);
		offset += 30 + nameBytes.length + packed.length;
	}
	const directory = Buffer.concat(centrals);
	const end = header(22, 0x06054b50, [[8, entries.length, 2], [10, entries.length, 2], [12, directory.length, 4], [16, offset, 4]]);
	return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('PDF refusals', () => {
	test.skipIf(!hasChromium)('a scan (only an image of text) is refused with its page count and the advice to OCR', { timeout: 60_000 }, async () => {
		// A canvas prints as an image: the words are pixels, as in a scan.
		const page = `<!doctype html><html><body><canvas id="c" width="600" height="300"></canvas><script>
const g = document.getElementById('c').getContext('2d'); g.font = '32px sans-serif'; g.fillText('关于开展标准化试点的通知', 20, 80);</script></body></html>`;
		const scan = printPdf(page, { headerFooter: false });
		expect(Buffer.from(scan).includes('/Subtype /Image')).toBe(true);
		expect(await refusal(scan, 'scan.pdf')).toBe(
			'PDF 没有文字层（1 页，像是扫描件）：请先做文字识别（OCR）或粘贴通知文本 / PDF has no text layer (1 page(s), looks scanned): run OCR on it or paste the notice text',
		);
	});

	test.skipIf(!hasChromium)('a truncated PDF is refused as corrupt', { timeout: 60_000 }, async () => {
		const pdf = printPdf('<!doctype html><meta charset="utf-8"><p>关于开展标准化试点的通知</p>');
		expect(await refusal(pdf.subarray(0, 400), 'cut.pdf')).toBe('PDF 文件损坏或不完整：请重新下载原文件 / corrupt or truncated PDF: download the file again');
	});

	test('a PDF that needs a password is refused as encrypted', async () => {
		// The standard security handler with a user password: the empty password does not open it.
		const pdf = handPdf(
			[
				'<< /Type /Catalog /Pages 2 0 R >>',
				'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
				'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
				`<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`,
			],
			`/Encrypt 4 0 R /ID [<${'33'.repeat(16)}> <${'33'.repeat(16)}>] `,
		);
		expect(await refusal(pdf, 'locked.pdf')).toBe('PDF 已加密（需要密码）：请提供未加密的文件或粘贴通知文本 / encrypted PDF (needs a password): supply an unencrypted file or paste the text');
	});

	test('a PDF of more than MAX_PDF_PAGES (300) pages is refused with its page count', async () => {
		const pages = Array.from({ length: 301 }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>');
		const kids = pages.map((_, i) => `${i + 3} 0 R`).join(' ');
		const pdf = handPdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count 301 >>`, ...pages]);
		expect(MAX_PDF_PAGES).toBe(300);
		expect(await refusal(pdf, 'book.pdf')).toBe('PDF 页数过多（301 页，上限 300 页）：请确认选对了文件 / too many PDF pages (301, limit 300): check the file');
	});
});

describe('DOCX refusals', () => {
	const CORRUPT = 'Word 文件（.docx）损坏或不完整：请重新下载原文件 / corrupt or truncated Word file (.docx): download the file again';

	test('a truncated DOCX is refused as corrupt', async () => {
		const docx = await textToDocx('关于开展标准化试点的通知\n各有关单位：');
		expect(await refusal(docx.subarray(0, docx.length - 200), 'cut.docx')).toBe(CORRUPT);
	});

	test('a zip that unpacks past the limit is refused before it is inflated', async () => {
		const bomb = zip([{ name: 'word/document.xml', data: utf8('<w:document/>'), size: 200 * 1024 * 1024 }]);
		expect(await refusal(bomb, 'bomb.docx')).toBe('压缩包解压后过大（200 MB，上限 100 MB）：请确认选对了文件 / zip unpacks too large (200 MB, limit 100 MB): check the file');
	});

	test('an entry that inflates past its stated size is refused as corrupt', async () => {
		const liar = zip([{ name: 'word/document.xml', data: new Uint8Array(1024 * 1024), size: 100 }]);
		expect(await refusal(liar, 'liar.docx')).toBe(CORRUPT);
	});

	test('any entry that inflates past its stated size is refused before mammoth unpacks the file', async () => {
		// jszip (inside mammoth) would inflate the image whole, whatever size it claims.
		const convert = vi.spyOn(mammoth, 'convertToHtml');
		const document = utf8('<w:document><w:body><w:p><w:r><w:t>关于开展标准化试点的通知</w:t></w:r></w:p></w:body></w:document>');
		const liar = zip([{ name: 'word/document.xml', data: document }, { name: 'word/media/image1.png', data: new Uint8Array(1024 * 1024), size: 100 }]);
		expect(await refusal(liar, 'liar.docx')).toBe(CORRUPT);
		expect(convert).not.toHaveBeenCalled();
		convert.mockRestore();
	});

	test('a zip without word/document.xml is not a Word file', async () => {
		expect(await refusal(zip([{ name: 'a.txt', data: utf8('通知') }]), 'a.zip')).toBe(
			'压缩包里没有 Word 正文（word/document.xml）：不是 .docx 文件 / a zip without word/document.xml: not a Word (.docx) file',
		);
	});

	test('a DOCX holding no text is refused', async () => {
		expect(await refusal(await textToDocx('\n \n'), 'empty.docx')).toBe(
			'文件里没有文字：请确认文件是通知原文，或粘贴通知文本 / the file holds no text: check that it is the notice, or paste its text',
		);
	});
});
