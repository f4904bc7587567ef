/**
 * Which notice files changed since the content store last saw them: a file is read and hashed
 * with Astro's digest (with the renderer's key, so new renderer code renders again), and compared
 * with its stored entry's; an entry whose body HTML went missing counts as changed. A file that is
 * the same file unchanged since it was last hashed (fileStamp: inode, size, modification and change
 * times), under the same renderer key, is not read again: the digest it had then is kept in the
 * loader's meta store.
 */
import type { LoaderContext } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileStamp } from './file-stamp.ts';

/** A file's entry id: its path under the folder without `.mdx`, with `/` separators. */
export const entryId = (dir: string, file: string) => relative(dir, file).split(sep).join('/').replace(/\.mdx$/u, '');

/** A file whose digest differs from its stored entry's. */
export interface Changed {
	id: string;
	file: string;
	contents: string;
	digest: string;
}

/** When a stored entry is current besides its file: what else its digest covers, and whether what it left on disk is there. */
export interface Current {
	/** Hashed with the file's contents (the renderer's code, notice-loader.ts). */
	salt: string;
	/** Whether the entry's body HTML is on disk. */
	kept: (digest: string) => boolean;
}

/** The meta key of the files' stamps: the renderer key they were hashed with, and per entry id its file's stamp and digest. */
const STAMPS = 'file-stamps';

interface Stamps {
	salt: string;
	files: Record<string, [stamp: string, digest: string]>;
}

function readStamps(meta: LoaderContext['meta'], salt: string): Stamps['files'] {
	try {
		const stamps = JSON.parse(meta.get(STAMPS) ?? 'null') as Stamps | null;
		return stamps?.salt === salt ? stamps.files : {};
	} catch {
		return {};
	}
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
export async function readChanged(
	{ store, meta, generateDigest }: LoaderContext,
	dir: string,
	files: readonly string[],
	current: Current = { salt: '', kept: () => true },
): Promise<Changed[]> {
	const changed = new Array<Changed | undefined>(files.length);
	const before = readStamps(meta, current.salt);
	// Stamps of entries still stored (a removed file's entry goes after this load), and of these files.
	const after: Stamps['files'] = Object.fromEntries(Object.entries(before).filter(([id]) => store.get(id) !== undefined));
	let next = 0;
	const reader = async () => {
		for (let index = next++; index < files.length; index = next++) {
			const file = files[index] as string;
			const id = entryId(dir, file);
			const stamp = await fileStamp(file);
			const stored = store.get(id)?.digest;
			const [was, hashed] = before[id] ?? [];
			if (was === stamp && hashed === stored && hashed !== undefined && current.kept(hashed)) continue;
			const contents = await readFile(file, 'utf8');
			const digest = generateDigest(`${current.salt}\0${contents}`);
			after[id] = [stamp, digest];
			if (stored !== digest || !current.kept(digest)) changed[index] = { id, file, contents, digest };
		}
	};
	await Promise.all(Array.from({ length: READING }, reader));
	meta.set(STAMPS, JSON.stringify({ salt: current.salt, files: after } satisfies Stamps));
	return changed.filter((entry) => entry !== undefined);
}
