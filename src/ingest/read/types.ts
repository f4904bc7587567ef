/**
 * What the read stage hands to the rest of ingest: the text a reader produced from one source
 * file, and which format it was read as. Offsets of facts are measured on this text.
 */

/** The formats a source file is read as; chosen from its bytes (`sniffFormat`), never its name. */
export const SOURCE_FORMATS = ['text', 'pdf', 'docx', 'doc', 'html'] as const;

export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** One source file as read: its text (LF line endings) and the format it was read as. */
export interface ReadText {
	text: string;
	format: SourceFormat;
}
