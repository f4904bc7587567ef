/**
 * Stage 0 of ingest: a source file as published (PDF, Word, a saved web page or text) → its
 * text. The reader is chosen by the file's bytes (`sniffFormat`), never its name; text files
 * go to the text decoders unchanged, so their records are exactly those of before.
 */
import { checkSize } from '../decode/check-size.ts';
import { decodeText } from '../decode/index.ts';
import { bilingual, IngestError } from '../errors.ts';
import { inTime } from './in-time.ts';
import { MAX_BYTES, MAX_READ_MS } from './limits.ts';
import { sniffFormat } from './sniff-format.ts';
import type { ReadText, SourceFormat } from './types.ts';

export { sniffFormat } from './sniff-format.ts';
export type { ReadText, SourceFormat } from './types.ts';

type Reader = (bytes: Uint8Array, file: string) => Promise<string>;

// Loaded when a file needs them: pdf.js, mammoth and linkedom take about a second to load, which
// a run over text files alone should not pay.
const READERS: Readonly<Record<Exclude<SourceFormat, 'text'>, Reader>> = {
	pdf: async (bytes, file) => (await import('./read-pdf.ts')).readPdf(bytes, file),
	docx: async (bytes, file) => (await import('./read-docx.ts')).readDocx(bytes, file),
	html: async (bytes, file) => (await import('./read-html.ts')).readHtml(bytes, file),
	doc: async (bytes, file) => (await import('./read-doc.ts')).readDoc(bytes, file),
};

/** How a read is bounded; each defaults to its limit in limits.ts. */
export interface ReadOptions {
	/** Longest a reader may take, in milliseconds (MAX_READ_MS). */
	maxReadMs?: number;
}

/**
 * Reads a source file's text.
 * @param bytes The file exactly as received.
 * @param file Its name, for refusals.
 * @param options The time limit, for a caller that needs another (a test, a slow machine).
 * @returns The text (LF line endings, one paragraph per line) and the format it was read as.
 * @throws {IngestError} For a file over its format's size limit, one its reader refuses, or one
 * whose reading takes longer than the limit.
 * @example await readNotice(new TextEncoder().encode('关于…的通知\n'), 'a.txt') // { text: '关于…的通知\n', format: 'text' }
 */
export async function readNotice(bytes: Uint8Array, file: string, { maxReadMs = MAX_READ_MS }: ReadOptions = {}): Promise<ReadText> {
	const format = sniffFormat(bytes);
	checkSize(bytes.length, file, MAX_BYTES[format]);
	if (format === 'text') return { text: decodeText(bytes, file), format };
	const text = (await inTime(READERS[format](bytes, file), file, maxReadMs)).replace(/\r\n?|[\u2028\u2029]/g, '\n');
	if (text.trim() === '') {
		throw new IngestError(file, bilingual('文件里没有文字：请确认文件是通知原文，或粘贴通知文本', 'the file holds no text: check that it is the notice, or paste its text'));
	}
	return { text, format };
}
