/**
 * The domain taxonomy as pages use it: the `domains` collection (content/domains/*.yaml) in the
 * shape the matcher takes, sorted by id.
 */
import { getCollection } from 'astro:content';
import type { DomainEntry } from '../../compare/types.ts';

/** Every canonical domain, id = file name. */
export async function loadTaxonomy(): Promise<DomainEntry[]> {
	const entries = await getCollection('domains');
	return entries
		.map((entry) => ({ id: entry.id, ...entry.data }))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
