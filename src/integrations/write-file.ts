/**
 * Write a file, creating its folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * @param file Path to write.
 * @param data Bytes or text.
 * @example writeFile('dist/search/literal/manifest.json', '{}')
 */
export function writeFile(file: string, data: Uint8Array | string): void {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, data);
}
