/**
 * Which notice files changed since the content store last saw them: every file is read and hashed
 * with Astro's digest, and compared with its stored entry's.
 */
import type { LoaderContext } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';

/** A file's entry id: its path under the folder without `.mdx`, with `/` separators. */
export const entryId = (dir: string, file: string) => relative(dir, file).split(sep).join('/').replace(/\.mdx$/u, '');

/** A file whose digest differs from its stored entry's. */
export interface Changed {
	id: string;
	file: string;
	contents: string;
	digest: string;
}

/** Files read at once: one at a time, 12,477 reads wait on the disk one after another. */
const READING = 16;

/**
 * Reads every file and returns those whose stored entry has another digest, in the files' order.
 * @param context The loader's context (its store and digest).
 * @param dir The folder, for entry ids.
 * @param files The files' absolute paths.
 * @example await readChanged(context, '/site/content/notices', ['/site/content/notices/a.mdx']) // [{ id: 'a', … }] or []
 */
export async function readChanged({ store, generateDigest }: LoaderContext, dir: string, files: readonly string[]): Promise<Changed[]> {
	const changed = new Array<Changed | undefined>(files.length);
	let next = 0;
	const reader = async () => {
		for (let index = next++; index < files.length; index = next++) {
			const file = files[index] as string;
			const contents = await readFile(file, 'utf8');
			const id = entryId(dir, file);
			const digest = generateDigest(contents);
			if (store.get(id)?.digest !== digest) changed[index] = { id, file, contents, digest };
		}
	};
	await Promise.all(Array.from({ length: READING }, reader));
	return changed.filter((entry) => entry !== undefined);
}
