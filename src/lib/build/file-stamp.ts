/**
 * What a file is, without reading it: inode, size, and modification and change times to the
 * nanosecond. A file written again gets a new change time even when its size and modification
 * time are set back, so a build may trust the hash it kept for a file with the same stamp.
 */
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';

type Stats = { ino: bigint; size: bigint; mtimeNs: bigint; ctimeNs: bigint };
const format = ({ ino, size, mtimeNs, ctimeNs }: Stats) => `${ino}:${size}:${mtimeNs}:${ctimeNs}`;

/**
 * @example await fileStamp('content/notices/x.mdx') // '1234:5678:1764…:1764…'
 */
export async function fileStamp(file: string): Promise<string> {
	return format(await stat(file, { bigint: true }));
}

/** fileStamp, synchronously; throws as statSync does when the file is missing. */
export function fileStampSync(file: string): string {
	return format(statSync(file, { bigint: true }));
}
