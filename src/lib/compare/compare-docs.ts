/**
 * What the comparison reads of a notice: its record with the text blocks ingest wrote beside it
 * (`<id>.blocks.json`). The blocks are read from disk here, not kept in a content collection:
 * they were two thirds of Astro's content store (75 of 113 MB at 12,477 notices), which Astro
 * serializes, bundles into the build and reads back whole on every build, while only the
 * comparison pages and the per-notice compare files use them. Their bytes' hash (`blocksKey`) goes
 * into those pages' cache keys, so new blocks render them again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CompareDoc } from '../../compare/types.ts';
import { NoticeBlocksSchema } from '../../schemas/blocks.ts';
import { fileStampSync } from '../build/file-stamp.ts';
import type { NoticeEntry } from '../notices/load-notices.ts';

interface ReadBlocks {
	/** The file's size and modification time when read: `astro dev` sees ingest rewrite it. */
	stamp: string;
	key: string;
	blocks: CompareDoc['blocks'] | null;
}

const read = new Map<string, ReadBlocks>();

/**
 * The hashes of the blocks files as the last build found them, by path: [stamp, hash]. A rebuild
 * hashes again only a file whose stamp (size, modification and change times, inode) differs, instead
 * of reading and hashing every file for the keys (0.7 s at 3,000 sources, measured); ingest rewrites
 * only the files whose text changed. Kept in Astro's cache folder, or beside it by default.
 */
const KEPT_FILE = join(process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro', 'blocks-keys.json');
let kept: Map<string, [string, string]> | undefined;
let keptChanged = false;

function keptKeys(): Map<string, [string, string]> {
	if (kept === undefined) {
		try {
			const json = JSON.parse(readFileSync(KEPT_FILE, 'utf8')) as unknown;
			kept = new Map(Array.isArray(json) ? (json as [string, [string, string]][]) : []);
		} catch {
			// None yet, or unreadable: every file is hashed and the list written again.
			kept = new Map();
		}
	}
	return kept;
}

/** Write the kept hashes if a file was hashed since they were read; a route calls it after its keys. */
export function saveBlocksKeys(): void {
	if (!keptChanged || kept === undefined) return;
	mkdirSync(dirname(KEPT_FILE), { recursive: true });
	const temporary = `${KEPT_FILE}.${process.pid}.tmp`;
	writeFileSync(temporary, JSON.stringify([...kept]));
	renameSync(temporary, KEPT_FILE);
	keptChanged = false;
}

/** `<id>.blocks.json` in the folder of the notice's MDX file, as errors name it. */
function blocksFile(entry: NoticeEntry): string {
	return join(dirname(entry.filePath ?? entry.id), `${entry.data.id}.blocks.json`);
}

const blocksPath = (entry: NoticeEntry) => resolve(blocksFile(entry));

function readBlocks(entry: NoticeEntry): ReadBlocks {
	const path = blocksPath(entry);
	let stamp: string;
	try {
		stamp = fileStampSync(path);
	} catch {
		throw new Error(`${entry.filePath ?? entry.id}: no ${entry.data.id}.blocks.json beside it; run npm run ingest`);
	}
	let found = read.get(path);
	if (found?.stamp !== stamp) {
		const keys = keptKeys();
		const known = keys.get(path);
		let key: string;
		if (known?.[0] === stamp) key = known[1];
		else {
			// Not the bytes: a rebuild hashes changed files for the keys and parses only what it renders.
			key = createHash('sha256').update(readFileSync(path)).digest('base64url');
			keys.set(path, [stamp, key]);
			keptChanged = true;
		}
		found = { stamp, key, blocks: null };
		read.set(path, found);
	}
	return found;
}

/**
 * The hash of a notice's blocks file, for the cache key of a page that shows its blocks.
 * @param entry A notices-collection entry.
 * @example blocksKey(entry) // 'q3X…' (base64url SHA-256)
 */
export function blocksKey(entry: NoticeEntry): string {
	return readBlocks(entry).key;
}

/**
 * A notice as the comparison reads it; its blocks checked by NoticeBlocksSchema and parsed once.
 * @param entry A notices-collection entry.
 */
export function compareDocOf(entry: NoticeEntry): CompareDoc {
	const found = readBlocks(entry);
	if (found.blocks === null) {
		const file = blocksFile(entry);
		let json: unknown;
		try {
			json = JSON.parse(readFileSync(blocksPath(entry), 'utf8'));
		} catch (error) {
			throw new Error(`${file}: not JSON (${(error as Error).message}); run npm run ingest`, { cause: error });
		}
		const checked = NoticeBlocksSchema.safeParse(json);
		if (!checked.success) throw new Error(`${file}: ${checked.error.issues[0]?.path.join('.') ?? ''} ${checked.error.issues[0]?.message ?? ''}; run npm run ingest`);
		found.blocks = checked.data.blocks;
	}
	return { record: entry.data, blocks: found.blocks };
}
