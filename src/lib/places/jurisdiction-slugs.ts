/**
 * The URL slug of every jurisdiction, assigned once over all notices so that every link and page
 * agrees, homophones included (see assignSlugs), and keyed by the place's full path (place-key.ts).
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import { loadNotices } from '../notices/load-notices.ts';
import { placeKey, placeSlugs } from './place-key.ts';

type Place = Pick<NoticeRecord['jurisdiction'], 'name' | 'parent'>;

let slugs: Promise<Map<string, string>> | undefined;

/**
 * The slug of a jurisdiction as its page is built.
 * @param place A jurisdiction of some notice.
 * @example await jurisdictionSlug({ name: '和平区', parent: '沈阳市' }) // 'shenyang-shi-heping-qu'
 */
export async function jurisdictionSlug(place: Place): Promise<string> {
	slugs ??= loadNotices().then((entries) => placeSlugs(entries.map((entry) => entry.data.jurisdiction)));
	const slug = (await slugs).get(placeKey(place));
	if (slug === undefined) throw new Error(`Cannot find a slug for \`${placeKey(place)}\`, expected the jurisdiction of a notice`);
	return slug;
}

/**
 * The slugs of the jurisdictions of these notices, in order: what a list page's links depend on
 * besides the notices themselves (its incremental-build cache key includes them).
 * @param records The notices a page lists.
 */
export function jurisdictionSlugsOf(records: readonly { jurisdiction: Place }[]): Promise<string[]> {
	return Promise.all(records.map((record) => jurisdictionSlug(record.jurisdiction)));
}
