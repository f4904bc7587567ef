import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { IngestError } from '../../../../src/ingest/errors.ts';
import { readNotice } from '../../../../src/ingest/read/index.ts';
import { MAX_PDF_UNPACKED_BYTES } from '../../../../src/ingest/read/limits.ts';
import { checkStreams } from '../../../../src/ingest/read/pdf/check-streams.ts';

/** A PDF of one page whose objects 4… are the given streams (dictionary entries, decoded bytes). */
function pdfWith(streams: { entries: string; data: Uint8Array; deflate?: boolean }[]): Uint8Array {
	const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
	const objects = [
		Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
		Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
		Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>'),
		...streams.map(({ entries, data, deflate = true }) => {
			const body = deflate ? deflateSync(data) : Buffer.from(data);
			return Buffer.concat([Buffer.from(`<< /Length ${body.length} ${entries} >>\nstream\n`), body, Buffer.from('\nendstream')]);
		}),
	];
	const offsets: number[] = [];
	let length = parts[0]!.length;
	for (const [i, object] of objects.entries()) {
		offsets.push(length);
		const framed = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), object, Buffer.from('\nendobj\n')]);
		parts.push(framed);
		length += framed.length;
	}
	const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
	return new Uint8Array(Buffer.concat(parts));
}

const spaces = (n: number) => new Uint8Array(n).fill(0x20);

/**
 * A zlib stream of `mib` MiB of spaces, made without holding them: one MiB deflated on its own
 * (a full flush: no back-reference before it), repeated, then the final empty block.
 */
function deflatedSpaces(mib: number): Uint8Array {
	const block = deflateRawSync(spaces(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
	return new Uint8Array(Buffer.concat([Buffer.from([0x78, 0x01]), ...Array.from({ length: mib }, () => block), Buffer.from([0x03, 0x00])]));
}
const TOO_LARGE = 'bomb.pdf: PDF 解压后过大（超过 128 MB）：请确认选对了文件 / PDF unpacks too large (over 128 MB): check the file';

describe('checkStreams', () => {
	test('accepts Flate streams that inflate to the limit in all', () => {
		const pdf = pdfWith([{ entries: '/Filter /FlateDecode', data: spaces(600) }, { entries: '/Filter [/FlateDecode]', data: spaces(400) }]);
		expect(() => checkStreams(pdf, 'a.pdf', 1000)).not.toThrow();
	});

	test('refuses Flate streams that inflate past the limit in all', () => {
		const pdf = pdfWith([{ entries: '/Filter /FlateDecode', data: spaces(600) }, { entries: '/Filter /FlateDecode', data: spaces(401) }]);
		expect(() => checkStreams(pdf, 'a.pdf', 1000)).toThrow(IngestError);
	});

	test('leaves images out (text extraction never decodes them), and streams not compressed', () => {
		const pdf = pdfWith([
			{ entries: '/Type /XObject /Subtype /Image /Width 100 /Height 100 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode', data: spaces(10_000) },
			{ entries: '', data: spaces(5000), deflate: false },
		]);
		expect(() => checkStreams(pdf, 'a.pdf', 1000)).not.toThrow();
	});

	test('leaves to pdf.js a stream that is not zlib (encrypted or damaged)', () => {
		const pdf = pdfWith([{ entries: '/Filter /FlateDecode', data: spaces(5000), deflate: false }]);
		expect(() => checkStreams(pdf, 'a.pdf', 1000)).not.toThrow();
	});
});

describe('readNotice', () => {
	test('refuses a page of deflated spaces past MAX_PDF_UNPACKED_BYTES before pdf.js reads it', { timeout: 60_000 }, async () => {
		expect(MAX_PDF_UNPACKED_BYTES).toBe(128 * 1024 * 1024);
		const bomb = pdfWith([{ entries: '/Filter /FlateDecode', data: deflatedSpaces(129), deflate: false }]);
		expect(bomb.length).toBeLessThan(200_000);
		await expect(readNotice(bomb, 'bomb.pdf')).rejects.toThrow(TOO_LARGE);
	});
});
