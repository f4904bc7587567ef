/**
 * The size limit of a source file, checked by the command lines before a file is read (from its
 * `stat`) and by `decodeText` on the bytes it is given.
 */
import { bilingual, IngestError } from '../errors.ts';

/**
 * Largest source file ingest reads: 5 MiB. The seeds are 6–14 kB; measured on this machine
 * (README, "Accepted input"), 4 MB of notice text parses and serializes in about 2 s and the worst
 * hostile shapes stay linear, so the limit is there to refuse what is surely not a notice (a
 * database dump, a video renamed .txt) quickly, not to protect the parser.
 */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

const MEBIBYTE = 1024 * 1024;

/**
 * Refuses a file larger than MAX_SOURCE_BYTES.
 * @param size The file's size in bytes.
 * @param file Its name, for the refusal.
 * @param limit The limit of the file's format (read/limits.ts); text's by default.
 * @throws {IngestError} `文件过大（23.4 MB，上限 5 MB）… / file too large (23.4 MB, limit 5 MB)…`,
 * the size rounded up.
 * @example
 * checkSize(6 * 1024 * 1024, 'a.txt') // throws 'a.txt: 文件过大（6 MB，上限 5 MB）… / file too large (6 MB, limit 5 MB)…'
 */
export function checkSize(size: number, file: string, limit = MAX_SOURCE_BYTES): void {
	if (size <= limit) return;
	const megabytes = Math.ceil((size / MEBIBYTE) * 10) / 10;
	const [shown, most] = [formatMegabytes(megabytes), formatMegabytes(limit / MEBIBYTE)];
	throw new IngestError(
		file,
		bilingual(`文件过大（${shown}，上限 ${most}）：通知不会这么大，请确认选对了文件`, `file too large (${shown}, limit ${most}): no notice is this big; check the file`),
	);
}

/** Formats a size in mebibytes the way the refusal reads: `23.4 MB`, `5 MB`. */
function formatMegabytes(megabytes: number): string {
	return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
