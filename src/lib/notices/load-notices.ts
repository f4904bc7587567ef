/**
 * The notices collection as pages use it: checked across records and sorted newest first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkNotices } from './check-notices.ts';
import { compareNotices } from './sort-notices.ts';

/** One notice file: its record (`data`) and its renderable MDX body. */
export type NoticeEntry = CollectionEntry<'notices'>;

async function checkedNotices(): Promise<NoticeEntry[]> {
	const entries = await getCollection('notices');
	checkNotices(entries.map((entry) => ({ record: entry.data, file: entry.filePath ?? entry.id })));
	return entries.sort((a, b) => compareNotices(a.data, b.data));
}

// A build's notices do not change while it runs: checked and sorted once, not once for each of
// the 25 routes and pages that read them (1.1 s of a rebuild at 3,742 notices, measured).
// `astro dev` reads them again on every call, so an edited file shows on the next request.
let built: Promise<NoticeEntry[]> | undefined;

/** All notices, newest first (a new array on every call); throws on a duplicate id or a dangling `embeddedIn`. */
export async function loadNotices(): Promise<NoticeEntry[]> {
	if (!import.meta.env.SITE_BUILD) return checkedNotices();
	built ??= checkedNotices();
	return [...(await built)];
}
