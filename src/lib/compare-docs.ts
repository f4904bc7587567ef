/**
 * What the comparison reads of the site's collections: each notice's record with its text blocks
 * (read back from its MDX body once per build), and the domain taxonomy.
 */
import { getCollection } from 'astro:content';
import { mdxToBlocks } from '../compare/mdx-to-blocks.ts';
import type { CompareDoc, DomainEntry } from '../compare/types.ts';
import type { NoticeEntry } from './load-notices.ts';

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

/** The taxonomy of content/domains, sorted by id so every build sees the same order. */
export async function loadDomains(): Promise<DomainEntry[]> {
	const entries = await getCollection('domains');
	return entries
		.map((entry) => ({ id: entry.id, ...entry.data }))
		.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
