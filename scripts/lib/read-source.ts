/**
 * Reads a source file for `parse` and `ingest`, refusing what is not one before reading it: a
 * missing path, a folder or device (`/dev/zero` has size 0 and never ends), a file over the size
 * limit. At most MAX_SOURCE_BYTES + 1 bytes are ever read, so a file that grows after its `stat`,
 * or one whose `stat` says 0 (`/proc`), cannot fill memory either.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { IngestError } from '../../src/ingest/errors.ts';
import { checkSize, MAX_SOURCE_BYTES } from '../../src/ingest/decode/check-size.ts';

const REASONS: Readonly<Record<string, string>> = {
	ENOENT: 'no such file',
	EISDIR: 'not a file (a folder)',
	EACCES: 'cannot read (permission denied)',
	EPERM: 'cannot read (permission denied)',
};

/**
 * Reads a regular file of at most MAX_SOURCE_BYTES.
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
		checkSize(stat.size, path);
		return readAtMost(fd, path);
	} catch (error) {
		throw error instanceof IngestError ? error : refusal(path, error);
	} finally {
		closeSync(fd);
	}
}

const CHUNK = 1024 * 1024;

/** Reads to the end in chunks, refusing the file as soon as it passes the limit. */
function readAtMost(fd: number, path: string): Uint8Array {
	const chunks: Buffer[] = [];
	let length = 0;
	while (length <= MAX_SOURCE_BYTES) {
		const chunk = Buffer.allocUnsafe(CHUNK);
		const read = readSync(fd, chunk, 0, CHUNK, null);
		if (read === 0) break;
		chunks.push(chunk.subarray(0, read));
		length += read;
	}
	checkSize(length, path);
	return new Uint8Array(Buffer.concat(chunks, length));
}

function refusal(path: string, error: unknown): IngestError {
	const code = (error as NodeJS.ErrnoException).code ?? '';
	return new IngestError(path, REASONS[code] ?? `cannot read (${code || (error as Error).message})`);
}
