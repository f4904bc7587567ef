/**
 * A PDF's compressed streams, measured before pdf.js reads the file. pdf.js keeps each decoded
 * stream whole in memory, and a stream of deflated spaces inflates a thousandfold: a 1 MB PDF
 * whose page is 1 GiB of spaces took the process past 2.5 GB (measured here). So every FlateDecode
 * stream pdf.js may decode for text (contents, fonts, object and xref streams; not images, which
 * text extraction never decodes) is inflated here, one at a time and keeping nothing, under a cap
 * on their total. Streams under other filters (LZW, ASCII85 before Flate) or encrypted ones cannot
 * be measured this way; the time limit bounds those.
 */
import { constants, inflateSync } from 'node:zlib';
import { bilingual, IngestError } from '../../errors.ts';
import { MAX_PDF_UNPACKED_BYTES } from '../limits.ts';

/** `stream` after a dictionary, then its end of line (PDF 32000-1 §7.3.8.1: CRLF or LF). */
const STREAM = /(?<!end)stream\r?\n/g;

/** How far back a stream's object header (`12 0 obj`) is looked for. */
const DICTIONARY_WINDOW = 4096;

/** The dictionary of the stream whose keyword is at `at`: the text since its `N G obj` header. */
function dictionaryBefore(text: string, at: number): string {
	const window = text.slice(Math.max(0, at - DICTIONARY_WINDOW), at);
	const headers = [...window.matchAll(/\d+\s+\d+\s+obj\b/g)];
	return window.slice(headers.at(-1)?.index ?? 0);
}

/** A stream's data inflated under `cap` bytes: its length, or Infinity when it would pass the cap. */
function inflatedLength(data: Uint8Array, cap: number): number {
	try {
		return inflateSync(data, { maxOutputLength: cap + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
	} catch (error) {
		// A stream that is not plain zlib (encrypted, damaged) is pdf.js's to refuse.
		return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? Infinity : 0;
	}
}

/**
 * Refuses a PDF whose Flate-compressed streams (images aside) inflate past `limit` bytes in all.
 * @param bytes The PDF exactly as received.
 * @param file Its name, for the refusal.
 * @param limit MAX_PDF_UNPACKED_BYTES unless a test sets a smaller one.
 * @throws {IngestError} `PDF 解压后过大（超过 128 MB）… / PDF unpacks too large (over 128 MB)…`.
 * @example checkStreams(chromiumPdf, 'a.pdf') // returns: a printed notice inflates to a few MB
 */
export function checkStreams(bytes: Uint8Array, file: string, limit = MAX_PDF_UNPACKED_BYTES): void {
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
	let left = limit;
	for (const match of text.matchAll(STREAM)) {
		const start = match.index + match[0].length;
		const dictionary = dictionaryBefore(text, match.index);
		if (!dictionary.includes('/FlateDecode') || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
		const end = text.indexOf('endstream', start);
		left -= inflatedLength(bytes.subarray(start, end === -1 ? bytes.length : end), left);
		if (left < 0) {
			const mb = `${Math.round(limit / 1024 / 1024)} MB`;
			throw new IngestError(file, bilingual(`PDF 解压后过大（超过 ${mb}）：请确认选对了文件`, `PDF unpacks too large (over ${mb}): check the file`));
		}
	}
}
