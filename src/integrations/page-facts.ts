/**
 * What the Pagefind step needs of each built page without reading it: the hash of its bytes and
 * whether it is marked for Pagefind. Kept between builds in the cache folder and trusted while the
 * page is the same file unchanged: same inode, size, and modification and change times to the
 * nanosecond (a file written again gets a new change time, even when its size and modification
 * time are set back). A rebuild keeps all but a few pages in place (keep-outputs.ts), so instead of
 * reading and hashing every notice page (0.8 s at 3,742 notices, measured) it reads the few
 * Astro wrote again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { fileStampSync } from '../lib/build/file-stamp.ts';
import { writeFile } from './write-file.ts';

/** One page's facts. */
export interface PageFact {
	/** SHA-256 of its bytes, base64url. */
	hash: string;
	/** Whether it has data-pagefind-body (a notice page). */
	marked: boolean;
}

interface Kept extends PageFact {
	stat: string;
}

// Bump when what a kept fact means changes.
const FORMAT = 1;

/** The facts of pages, remembered across builds in one file. */
export class PageFacts {
	readonly #file: string | undefined;
	readonly #before: Map<string, Kept>;
	readonly #after = new Map<string, Kept>();
	/** Pages read this build (their facts were not kept, or the file changed). */
	read = 0;

	/** @param file Where facts are kept between builds; none: every page is read. */
	constructor(file: string | undefined) {
		this.#file = file;
		this.#before = new Map();
		if (file === undefined || !existsSync(file)) return;
		try {
			const kept = deserialize(readFileSync(file)) as { format: number; pages: [string, Kept][] };
			if (kept.format === FORMAT) this.#before = new Map(kept.pages);
		} catch {
			// A damaged file only costs reading every page once.
		}
	}

	/**
	 * A page's facts, from the last build's when its file is unchanged; with its text when it was
	 * read (so a page to be indexed is not read twice).
	 * @param path The page's file.
	 */
	of(path: string): PageFact & { html?: string } {
		const stat = fileStampSync(path);
		const before = this.#before.get(path);
		if (before?.stat === stat) {
			this.#after.set(path, before);
			return { hash: before.hash, marked: before.marked };
		}
		this.read += 1;
		const html = readFileSync(path, 'utf8');
		const fact = { hash: createHash('sha256').update(html).digest('base64url'), marked: html.includes('data-pagefind-body') };
		this.#after.set(path, { stat, ...fact });
		return { ...fact, html };
	}

	/** Keeps the facts of the pages asked for this build (and only those) for the next one. */
	save(): void {
		if (this.#file !== undefined) writeFile(this.#file, serialize({ format: FORMAT, pages: [...this.#after] }));
	}
}
