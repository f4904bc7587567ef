/**
 * Tells a source file's format from its first bytes, so a PDF renamed .txt is still read as a
 * PDF and a text file named .pdf is still read as text.
 */
import type { SourceFormat } from './types.ts';

const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // compound file (old Word)

/** How far into a file `%PDF` may start: the PDF reference allows junk before it (1 KiB). */
const PDF_SEARCH = 1024;

/** Where an HTML page declares itself: a doctype or an <html>/<head>/<body>/<meta> tag near the start. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)[\s>]/i;

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((byte, i) => bytes[at + i] === byte);

/** Index of `%PDF` in the first KiB, or -1. */
function pdfStart(bytes: Uint8Array): number {
	const end = Math.min(bytes.length - PDF.length, PDF_SEARCH);
	for (let i = 0; i <= end; i++) if (startsWith(bytes, PDF, i)) return i;
	return -1;
}

/**
 * The format to read a file as.
 * @param bytes The file exactly as received.
 * @returns `pdf`, `docx` (any zip: the DOCX reader refuses a zip without word/document.xml),
 * `doc` (an OLE compound file), `html`, or `text` for everything else.
 * @example sniffFormat(new TextEncoder().encode('%PDF-1.7\n…')) // 'pdf'
 */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
	if (startsWith(bytes, ZIP)) return 'docx';
	if (startsWith(bytes, OLE)) return 'doc';
	if (pdfStart(bytes) !== -1) return 'pdf';
	// A UTF-8 BOM may precede the markup; other encodings of HTML are left to the text decoders.
	const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\ufeff/, '');
	return HTML_START.test(head) ? 'html' : 'text';
}
