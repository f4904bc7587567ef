/**
 * The literal index's files, as the build writes them under /search/literal/ and the browser
 * reads them. See src/search/README.md for why the index looks like this.
 *
 * - `manifest.json`: sizes and shard counts (LiteralManifest).
 * - `dict-<i>.bin`: for each frequent bigram, every longer frequent gram that starts with it, so a
 *   query learns which of its substrings are frequent in one round trip.
 * - `sets-<i>.bin`: the exact set of notices containing each frequent gram and each character.
 * - `post-<i>.bin`: every occurrence (notice, offset) of each leaf, a shortest gram that is not
 *   frequent; a query's occurrences are the offsets where all its covering leaves line up.
 *
 * Each .bin file is gzip of SIGNATURE + entries, so it is as small on the wire whatever the server
 * does; a server that adds Content-Encoding hands the browser the bytes already inflated, and the
 * signature tells the two apart (Pagefind does the same with `pagefind_dcd`).
 */

/** First bytes of every inflated shard file. */
export const SIGNATURE = 'literal-index-1\n';

/** The three kinds of shard file. */
export type ShardKind = 'dict' | 'sets' | 'post';

/** What the browser reads first: how many notices and shards there are, and the threshold. */
export interface LiteralManifest {
	/** Format version; bumped when a file changes shape. */
	version: 1;
	/** Number of notices; notice numbers are 0 … docs-1, in the order of the doc table. */
	docs: number;
	/** A gram occurring more than this many times in all notices together is frequent. */
	frequentOver: number;
	/** Number of shard files of each kind. */
	shards: Record<ShardKind, number>;
}

/** manifest.json as the site writes it: the literal index's, and the Pagefind bundles to merge. */
export interface SearchManifest extends LiteralManifest {
	/** Pagefind bundle folders relative to the site base; the first is the primary one. */
	pagefind: string[];
}

/**
 * A shard file's name, relative to the index folder.
 * @example shardFile('post', 12) // 'post-12.bin'
 */
export function shardFile(kind: ShardKind, index: number): string {
	return `${kind}-${index}.bin`;
}

/**
 * Whether a UTF-16 unit ends a run of text: grams never span whitespace (the gap between blocks of
 * a page, or spaces in a query). The same set as the regular expression class \s.
 * @example isBreak(0x20) // true
 */
export function isBreak(unit: number): boolean {
	return BREAKS[unit] === 1;
}

const BREAKS = new Uint8Array(0x10000).map((_, unit) => (/\s/u.test(String.fromCharCode(unit)) ? 1 : 0));

/** The folder, relative to the site base, of each notice's Pagefind fragment by notice number. */
export const FRAGMENT_FOLDER = 'search/fragments';

/**
 * Notice `doc`'s fragment file in FRAGMENT_FOLDER: the build writes each fragment again under its
 * notice number, so the doc table names no files.
 * @example fragmentName(3) // '3.pf_fragment'
 */
export const fragmentName = (doc: number): string => `${doc}.pf_fragment`;

/**
 * Where notice `doc`'s fragment is, relative to the site base.
 * @example fragmentFile(3) // 'search/fragments/3.pf_fragment'
 */
export function fragmentFile(doc: number): string {
	return `${FRAGMENT_FOLDER}/${fragmentName(doc)}`;
}
