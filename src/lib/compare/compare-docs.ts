/**
 * What the comparison reads of the site's collections: each notice's record with the text blocks
 * ingest wrote for it (`<id>.blocks.json`, the `blocks` collection).
 */
import { getEntry } from 'astro:content';
import type { CompareDoc } from '../../compare/types.ts';
import type { NoticeEntry } from '../notices/load-notices.ts';

/**
 * A notice as the comparison reads it.
 * @param entry A notices-collection entry.
 */
export async function compareDocOf(entry: NoticeEntry): Promise<CompareDoc> {
	const found = await getEntry('blocks', entry.data.id);
	if (found === undefined) {
		throw new Error(`${entry.filePath ?? entry.id}: no ${entry.data.id}.blocks.json beside it; run npm run ingest`);
	}
	return { record: entry.data, blocks: found.data.blocks };
}
