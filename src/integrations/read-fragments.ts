/**
 * Pagefind's fragments (fragment/*.pf_fragment among the files it built) as page records: the
 * text it indexed for each page, with its url, filters and meta, and the page's own fragment file
 * (the search page fetches it by notice number, query/fragments.ts). The literal index is built from
 * exactly this text, so its offsets are offsets into what the search page reads from the fragment.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PageFacts } from '../search/build/doc-table-of.ts';

/** One indexed page. */
export interface IndexedPage extends PageFacts {
	/** Pagefind's page id. */
	id: string;
	url: string;
	/** The indexed text without Pagefind's word separators (U+200B), as its JS API returns it. */
	content: string;
	/**
	 * This page's fragment alone, as Pagefind stores a fragment (gzip of its signature and JSON):
	 * the file's own bytes, or the page's entry of a fragment group encoded so.
	 */
	fragment: Uint8Array;
}

interface Fragment {
	url: string;
	content: string;
	filters?: Record<string, string[]>;
	meta?: Record<string, string>;
}

const SIGNATURE = 'pagefind_dcd';

function decode(bytes: Uint8Array, path: string): unknown {
	const inflated = gunzipSync(bytes);
	if (inflated.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) {
		throw new Error(`Cannot read Pagefind file \`${path}\`, expected it to start with \`${SIGNATURE}\``);
	}
	return JSON.parse(inflated.subarray(SIGNATURE.length).toString('utf8'));
}

const encode = (fragment: Fragment) => new Uint8Array(gzipSync(Buffer.from(SIGNATURE + JSON.stringify(fragment))));

const page = (id: string, fragment: Fragment, bytes: Uint8Array): IndexedPage => ({
	id,
	fragment: bytes,
	url: fragment.url,
	// Not replaceAll: its result is a rope of the pieces between the removed characters, which made
	// the literal index's pass over every unit (textUnits) 2.8 s instead of 0.5 s at 12,477 notices;
	// join gives a flat string, the same text.
	content: fragment.content.split('\u200B').join(''),
	filters: fragment.filters ?? {},
	meta: fragment.meta ?? {},
});

/**
 * Read every page from Pagefind's files, sorted by url (notice numbers follow notice-order.ts).
 * @param files From `index.getFiles()`: paths relative to the bundle and their bytes.
 * @example readFragments((await index.getFiles()).files)[0].url // '/notices/…/'
 */
export function readFragments(files: readonly { path: string; content: Uint8Array }[]): IndexedPage[] {
	const pages: IndexedPage[] = [];
	for (const file of files) {
		const match = /^fragment\/(.+)\.pf_fragment$/u.exec(file.path);
		if (match === null) continue;
		const data = decode(file.content, file.path) as Fragment | Record<string, Fragment>;
		// A fragment group (Pagefind's maxFragments) maps page ids to fragments.
		const name = match[1] ?? '';
		if (typeof data.url === 'string') pages.push(page(name, data as Fragment, file.content));
		else for (const [id, fragment] of Object.entries(data as Record<string, Fragment>)) pages.push(page(id, fragment, encode(fragment)));
	}
	return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
