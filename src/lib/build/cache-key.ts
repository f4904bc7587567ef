/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page returned from
 * getStaticPaths with a `cacheKey` is copied from the previous build when its key and its code are
 * unchanged. The key must therefore cover every piece of data the page renders that is not code:
 * the convention here is that such a page renders only its props, and its key is the hash of them
 * (`propsKey`), with each notice entry reduced to its id, record and file digest (`entryKey`).
 * Data a page reads outside its props (a jurisdiction's slug, which depends on every other place's
 * name) is passed into the key explicitly. A page that shows a part of what it is given (a place's
 * feed lists records, not bodies; a matrix page shows its columns of the year) keys on that part,
 * its records reduced with `recordKey`, so a change to one notice re-renders only the pages that
 * show it.
 */
import { createHash } from 'node:crypto';
import type { NoticeEntry } from '../notices/load-notices.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';

/**
 * What identifies a notice entry's content: the glob loader's digest of the file (frontmatter and
 * body), or else the record and body themselves. Hashing the digest, not the record, keeps the keys
 * of 26,000 comparison pages cheap (42 s of record JSON at 12,477 notices, measured).
 */
export function entryKey(entry: NoticeEntry): unknown {
	return entry.digest === undefined ? { id: entry.id, data: entry.data, body: entry.body ?? null } : { id: entry.id, digest: entry.digest };
}

const recordKeys = new WeakMap<NoticeRecord, string>();

/**
 * A record's hash, computed once per record: the national feed and calendar list every notice, and
 * every place above a notice lists it again.
 * @param record A notice's record (without its body).
 * @example recordKey(liaoning2026) // 'Qm9…' (base64url SHA-256 of its JSON)
 */
export function recordKey(record: NoticeRecord): string {
	let key = recordKeys.get(record);
	if (key === undefined) {
		key = createHash('sha256').update(JSON.stringify(record)).digest('base64url');
		recordKeys.set(record, key);
	}
	return key;
}

/** Whether a value has a notice record's shape (the schema's required id, jurisdiction and deadlines). */
const isRecord = (item: object): item is NoticeRecord =>
	typeof (item as Partial<NoticeRecord>).id === 'string' && 'jurisdiction' in item && Array.isArray((item as Partial<NoticeRecord>).deadlines);

/**
 * JSON with notice entries replaced by their entryKey (their bodies are covered by the digest) and
 * records by their recordKey: a place's or a domain's page lists hundreds of records, each hashed
 * once per build instead of written out again for every page that shows it (13 s of keys at 6,234
 * notices, measured).
 */
function keyJson(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) => {
		if (typeof item !== 'object' || item === null) return item;
		const entry = item as Partial<NoticeEntry>;
		if (entry.collection === 'notices' && 'data' in entry) return entryKey(entry as NoticeEntry);
		return isRecord(item) ? { record: recordKey(item) } : item;
	});
}

/**
 * The cache key of a page that renders only these values.
 * @param values A page's props, and any data it reads besides them.
 * @example propsKey({ entry, pairs }, { slug }) // 'k5yG…' (base64url SHA-256)
 */
export function propsKey(...values: unknown[]): string {
	const hash = createHash('sha256');
	for (const value of values) hash.update(keyJson(value) ?? 'undefined').update('\0');
	return hash.digest('base64url');
}

/**
 * The getStaticPaths of a route that writes one file from every notice (src/pages/[calendar].ics.ts
 * writes /calendar.ics): its one path, named by its parameter, keyed on its props, which are all it
 * renders. Astro's incremental build keys only paths from getStaticPaths, so as a static route such
 * a file was rendered on every build (the calendar, feed, CSV and JSON exports: 4.8 s of a rebuild
 * at 3,742 notices, measured); keyed, a change to one notice's text leaves them as they are.
 * @param name The route's parameter, and the file's name.
 * @param props What the file renders.
 * @example onePath('calendar', { records }) // [{ params: { calendar: 'calendar' }, props, cacheKey: 'k5yG…' }]
 */
export function onePath<Props extends Record<string, unknown>>(name: string, props: Props): { params: Record<string, string>; props: Props; cacheKey: string }[] {
	return [{ params: { [name]: name }, props, cacheKey: propsKey(props) }];
}

const sharedKeys = new WeakMap<object, { shared: string }>();

/**
 * A value many pages show (the domain taxonomy: every notice page and every comparison has it in
 * its props) as it stands in their keys: its hash, computed once per build instead of written out
 * as JSON again for each of thousands of pages.
 * @param value The shared value; it must not change during the build.
 * @example propsKey({ ...props, taxonomy: sharedKey(taxonomy) }) // the key of props with the taxonomy
 */
export function sharedKey(value: object): { shared: string } {
	let key = sharedKeys.get(value);
	if (key === undefined) {
		key = { shared: propsKey(value) };
		sharedKeys.set(value, key);
	}
	return key;
}
