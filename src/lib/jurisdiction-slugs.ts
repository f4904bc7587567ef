/**
 * The URL slug of every jurisdiction, assigned once over all notices so that every link and page
 * agrees, homophones included (see assignSlugs).
 */
import { loadNotices } from './load-notices.ts';
import { assignSlugs } from './slug.ts';

let slugs: Promise<Map<string, string>> | undefined;

/**
 * The slug of a jurisdiction name as its page is built.
 * @param name A jurisdiction name of some notice.
 * @example await jurisdictionSlug('辽宁省') // 'liaoning-sheng'
 */
export async function jurisdictionSlug(name: string): Promise<string> {
	slugs ??= loadNotices().then((entries) => assignSlugs(entries.map((entry) => entry.data.jurisdiction.name)));
	const slug = (await slugs).get(name);
	if (slug === undefined) throw new Error(`Cannot find a slug for \`${name}\`, expected the jurisdiction of a notice`);
	return slug;
}

/**
 * The slugs of the jurisdictions of these notices, in order: what a list page's links depend on
 * besides the notices themselves (its incremental-build cache key includes them).
 * @param records The notices a page lists.
 */
export function jurisdictionSlugsOf(records: readonly { jurisdiction: { name: string } }[]): Promise<string[]> {
	return Promise.all(records.map((record) => jurisdictionSlug(record.jurisdiction.name)));
}
