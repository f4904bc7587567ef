/**
 * Stage 1 of ingest: raw bytes of a source file to a JavaScript string with LF line endings.
 * Offsets in every later stage are measured on the string this returns.
 */
import { bilingual, IngestError } from '../errors.ts';
import { checkSize } from './check-size.ts';
import { isBinaryText } from './is-binary-text.ts';
import { sniffEncoding } from './sniff-encoding.ts';

export { MAX_SOURCE_BYTES } from './check-size.ts';

/** The refusals of this stage: each says what is wrong and what the staff can do about it. */
const EMPTY = bilingual('空文件：没有可读的内容，请换用通知的完整文本', 'empty file: nothing to read; supply the notice text');
const BINARY = bilingual(
	'不是文本文件（二进制内容）：请把通知另存为纯文本（.txt）再导入',
	'not a text file (binary content): save the notice as plain text (.txt) first',
);
const undecodable = (zh: string, en: string) =>
	bilingual(`无法解码（${zh}）：请把通知另存为 UTF-8 文本`, `undecodable text (${en}): save the notice as UTF-8 text`);

/**
 * Decodes a source file: UTF-8 (BOM optional), UTF-16 LE/BE (BOM, or NULs showing ASCII), or
 * GB18030/GBK; strips the BOM and turns CRLF, CR, U+2028 and U+2029 into LF.
 * @param bytes The file exactly as received.
 * @param file Its name, used in refusals.
 * @returns The decoded text.
 * @throws {IngestError} For an empty, binary, oversized or undecodable file.
 * @example
 * decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x0d, 0x0a]), 'a.txt') // '中文\n'
 */
export function decodeText(bytes: Uint8Array, file: string): string {
	// Size first, so a huge file is refused before any work is done on it.
	checkSize(bytes.length, file);
	if (bytes.length === 0) throw new IngestError(file, EMPTY);
	const text = decodeAny(bytes, file);
	if (isBinaryText(text)) throw new IngestError(file, BINARY);
	if (text.trim() === '') throw new IngestError(file, EMPTY);
	return text.replace(/\r\n?|[\u2028\u2029]/g, '\n');
}

/** Detection order: BOM, BOM-less UTF-16 by its NULs, strict UTF-8, strict GB18030. */
function decodeAny(bytes: Uint8Array, file: string): string {
	const sniffed = sniffEncoding(bytes);
	if (sniffed !== undefined) {
		const text = decodeStrict(sniffed.encoding, bytes.subarray(sniffed.bomLength));
		if (text !== undefined) return text;
		// A BOM is a promise about the content; NULs without one are more likely binary.
		if (!sniffed.fromBom) throw new IngestError(file, BINARY);
		throw new IngestError(file, undecodable(`BOM 标明 ${sniffed.encoding}，内容却不是`, `invalid ${sniffed.encoding} after its BOM`));
	}
	// No UTF-8 or GB18030 byte sequence contains 0x00, so a NUL here means binary.
	if (bytes.includes(0)) throw new IngestError(file, BINARY);
	// UTF-8 first: GB18030 would also accept much UTF-8, but strict UTF-8 rarely accepts GB18030.
	const text = decodeStrict('utf-8', bytes) ?? decodeStrict('gb18030', bytes);
	if (text === undefined) {
		throw new IngestError(file, undecodable('不是 UTF-8、UTF-16 或 GB18030', 'not UTF-8, UTF-16 or GB18030'));
	}
	return text;
}

/** Decodes with the platform's WHATWG decoder, or returns `undefined` on the first invalid byte. */
function decodeStrict(encoding: string, bytes: Uint8Array): string | undefined {
	// ignoreBOM keeps a second U+FEFF as content; normalize removes it as a zero-width character.
	const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
	try {
		return decoder.decode(bytes);
	} catch {
		return undefined;
	}
}
