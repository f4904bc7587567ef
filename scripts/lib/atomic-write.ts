/**
 * Writes a file atomically: a temporary file in the same folder, then a rename, so a reader (or a
 * crash) never sees half a file. Unchanged content is not rewritten, so a second run touches nothing.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** Writes `data` to `path` unless it already holds exactly that; returns whether it wrote. */
export function writeFileAtomic(path: string, data: string | Uint8Array): boolean {
	const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
	if (existsSync(path) && readFileSync(path).equals(bytes)) return false;
	const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		writeFileSync(temp, bytes);
		renameSync(temp, path);
	} finally {
		rmSync(temp, { force: true });
	}
	return true;
}
