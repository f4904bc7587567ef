/**
 * Reads a source file for `parse` and `ingest`, refusing what is not one before reading it: a
 * missing path, a folder or device (`/dev/zero` has size 0 and never ends), a file over the size
 * limit of its format (text and saved pages 5 MiB, PDF 30 MiB, Word 20 MiB: src/ingest/read/limits.ts;
 * the format is told from the file's first KiB). At most the limit + 1 bytes are ever read, so a
 * file that grows after its `stat`, or one whose `stat` says 0 (`/proc`), cannot fill memory either.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { IngestError } from '../../src/ingest/errors.ts';
import { checkSize } from '../../src/ingest/decode/check-size.ts';
import { MAX_BYTES } from '../../src/ingest/read/limits.ts';
import { sniffFormat } from '../../src/ingest/read/sniff-format.ts';

const REASONS: Readonly<Record<string, string>> = {
	ENOENT: 'no such file',
	EISDIR: 'not a file (a folder)',
	EACCES: 'cannot read (permission denied)',
	EPERM: 'cannot read (permission denied)',
};

/**
 * Reads a regular file of at most its format's size limit.
 * @param path The file as the user named it, used in refusals.
 * @returns Its bytes.
 * @throws {IngestError} For a missing, unreadable, non-regular or oversized file.
 * @example readSource('content/sources/a.txt') // Uint8Array [...]
 */
export function readSource(path: string): Uint8Array {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch (error) {
		throw refusal(path, error);
	}
	try {
		const stat = fstatSync(fd);
		if (stat.isDirectory()) throw new IngestError(path, 'not a file (a folder)');
		if (!stat.isFile()) throw new IngestError(path, 'not a regular file');
		const head = Buffer.alloc(1024);
		const limit = MAX_BYTES[sniffFormat(head.subarray(0, readSync(fd, head, 0, head.length, 0)))];
		checkSize(stat.size, path, limit);
		return readAtMost(fd, path, limit);
	} catch (error) {
		throw error instanceof IngestError ? error : refusal(path, error);
	} finally {
		closeSync(fd);
	}
}

const CHUNK = 1024 * 1024;

/** Reads to the end in chunks, refusing the file as soon as it passes the limit. */
function readAtMost(fd: number, path: string, limit: number): Uint8Array {
	const chunks: Buffer[] = [];
	let length = 0;
	while (length <= limit) {
		const chunk = Buffer.allocUnsafe(CHUNK);
		const read = readSync(fd, chunk, 0, CHUNK, null);
		if (read === 0) break;
		chunks.push(chunk.subarray(0, read));
		length += read;
	}
	checkSize(length, path, limit);
	return new Uint8Array(Buffer.concat(chunks, length));
}

function refusal(path: string, error: unknown): IngestError {
	const code = (error as NodeJS.ErrnoException).code ?? '';
	return new IngestError(path, REASONS[code] ?? `cannot read (${code || (error as Error).message})`);
}
