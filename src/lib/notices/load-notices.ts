/**
 * The notices collection as pages use it: checked across records and sorted newest first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkNotices } from './check-notices.ts';
import { compareNotices } from './sort-notices.ts';

/** One notice file: its record (`data`) and its renderable MDX body. */
export type NoticeEntry = CollectionEntry<'notices'>;

/** All notices, newest first; throws on a duplicate id or a dangling `embeddedIn`. */
export async function loadNotices(): Promise<NoticeEntry[]> {
	const entries = await getCollection('notices');
	checkNotices(entries.map((entry) => ({ record: entry.data, file: entry.filePath ?? entry.id })));
	return entries.sort((a, b) => compareNotices(a.data, b.data));
}
