/**
 * How much of each format ingest reads. A notice is a few pages of text; PDF and Word files are
 * larger than its text (fonts, images), so they may be bigger, but each limit still refuses at
 * once what is surely not a notice. Stated in the README ("Accepted input").
 */
import { MAX_SOURCE_BYTES } from '../decode/check-size.ts';
import type { SourceFormat } from './types.ts';

const MIB = 1024 * 1024;

/** Largest file of each format: text and saved pages 5 MiB, PDF 30 MiB, Word 20 MiB. */
export const MAX_BYTES: Readonly<Record<SourceFormat, number>> = {
	text: MAX_SOURCE_BYTES,
	html: MAX_SOURCE_BYTES,
	pdf: 30 * MIB,
	docx: 20 * MIB,
	doc: 20 * MIB,
};

/** The largest of MAX_BYTES: what a caller reads at most before the format is known. */
export const MAX_ANY_BYTES = Math.max(...Object.values(MAX_BYTES));

/** Largest unpacked size of a DOCX (all its entries together): 100 MiB, against zip bombs. */
export const MAX_UNPACKED_BYTES = 100 * MIB;

/**
 * Largest total a PDF's Flate-compressed streams (images aside) may inflate to: 128 MiB. pdf.js
 * holds a decoded stream whole; a printed notice's streams come to a few MB, a PDF embedding
 * whole CJK fonts (10–15 MB each) to tens.
 */
export const MAX_PDF_UNPACKED_BYTES = 128 * MIB;

/** Most pages of a PDF read: a notice with its attachments has tens; a book is not a notice. */
export const MAX_PDF_PAGES = 300;

/** Longest a reader may take for one file before it is refused: 30 s. */
export const MAX_READ_MS = 30_000;
