/**
 * What the comparison reads of the site's collections: each notice's record with its text blocks
 * (read back from its MDX body once per build).
 */
import { mdxToBlocks } from '../../compare/mdx-to-blocks.ts';
import type { CompareDoc } from '../../compare/types.ts';
import type { NoticeEntry } from '../notices/load-notices.ts';

const docs = new Map<string, CompareDoc>();

/**
 * A notice as the comparison reads it, parsed once per build.
 * @param entry A notices-collection entry.
 */
export function compareDocOf(entry: NoticeEntry): CompareDoc {
	let doc = docs.get(entry.data.id);
	if (doc === undefined) {
		doc = { record: entry.data, blocks: mdxToBlocks(entry.body ?? '') };
		docs.set(entry.data.id, doc);
	}
	return doc;
}
